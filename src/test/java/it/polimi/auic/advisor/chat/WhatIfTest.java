package it.polimi.auic.advisor.chat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.language.Language;
import org.junit.jupiter.api.Test;

/** After a verdict: a message changing one value recomputes it; "Try other values" asks which answer to change. */
class WhatIfTest {

    private final CoreHarness core = new CoreHarness(StaffDesk.NONE);

    private ChatReply meritVerdict(String chat) {
        return core.say(chat, "/merit avg=22 credits=155 portfolio=8 traineeship=2 other=0 graduating=no", Language.EN);
    }

    @Test
    void aChangeOfOneValueRecomputesWithTheOthersKeptAndSaysWhatChanged() {
        ChatReply first = meritVerdict("w1");
        assertTrue(first.plainText().contains("not eligible"), first.plainText());

        ChatReply changed = core.say("w1", "and with a 28 average?", Language.EN);

        assertTrue(changed.plainText().startsWith("🔁 With Average 22 → 28:"), changed.plainText());
        assertTrue(changed.plainText().contains("Before: ❌ Estimated score"), changed.plainText());
        assertTrue(changed.plainText().contains("portfolio 8"), "the other answers are kept: " + changed.plainText());
    }

    @Test
    void italianToo() {
        meritVerdict("w2");

        ChatReply changed = core.say("w2", "e se il portfolio fosse 18?", Language.EN);

        assertTrue(changed.plainText().startsWith("🔁 Con Portfolio 8 → 18:"), changed.plainText());
    }

    @Test
    void tryOtherValuesAsksWhichAnswerToChangeThenOnlyThat() {
        ChatReply verdict = meritVerdict("w3");

        ChatReply choose = core.press("w3", CoreHarness.button(verdict, "🔁 Try other values").action(), Language.EN);
        assertTrue(choose.plainText().startsWith("Which answer do you want to change?"), choose.plainText());

        ChatReply asked = core.press("w3", CoreHarness.button(choose, "Portfolio: 8").action(), Language.EN);
        assertTrue(asked.plainText().contains("portfolio score"), asked.plainText());

        ChatReply again = core.say("w3", "20", Language.EN);
        assertTrue(again.plainText().contains("portfolio 20"), again.plainText());
        assertTrue(again.plainText().contains("Curriculum 80.67"), "the average is kept: " + again.plainText());
    }
}
