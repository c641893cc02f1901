package it.polimi.auic.advisor.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.language.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Asking a person: the button under a refusal or after 👎, the confirmation, the sending, the answer relayed. */
class StaffHandoverTest {

    /** A staff desk that records what it is asked to send. */
    static final class RecordingDesk implements StaffDesk {
        final List<String> sent = new ArrayList<>();
        boolean reachable = true;

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Duration keptFor() {
            return Duration.ofDays(14);
        }

        @Override
        public boolean send(String chatId, String question) {
            sent.add(chatId + ": " + question);
            return reachable;
        }

        @Override
        public List<Waiting> waiting() {
            return sent.stream().map(s -> new Waiting(s.substring(s.indexOf(": ") + 2), Instant.EPOCH)).toList();
        }
    }

    private final RecordingDesk desk = new RecordingDesk();
    private final CoreHarness core = new CoreHarness(desk);

    @Test
    void aRefusedQuestionIsSentToTheStaffOnlyAfterTheStudentSawItAndSaidYes() {
        ChatReply refusal = core.say("s1", "Where can I buy a cheap bike in Milan?", Language.EN);
        Button ask = CoreHarness.button(refusal, "Ask the School's staff");

        ChatReply confirm = core.press("s1", ask.action(), Language.EN);
        assertTrue(confirm.plainText().contains("\u201CWhere can I buy a cheap bike in Milan?\u201D"), confirm.plainText());
        assertTrue(confirm.plainText().contains("14 days"), confirm.plainText());
        assertTrue(desk.sent.isEmpty(), "nothing is sent before the yes");

        ChatReply sent = core.press("s1", CoreHarness.button(confirm, "✔ Yes").action(), Language.EN);
        assertEquals(List.of("s1: Where can I buy a cheap bike in Milan?"), desk.sent);
        assertTrue(sent.plainText().startsWith("Sent to the School's staff"), sent.plainText());
    }

    @Test
    void noMeansNothingIsSent() {
        ChatReply refusal = core.say("s2", "dove posso comprare una bici usata a Milano?", Language.EN);
        ChatReply confirm = core.press("s2", CoreHarness.button(refusal, "Chiedi allo staff").action(), Language.EN);

        ChatReply no = core.press("s2", CoreHarness.button(confirm, "✖").action(), Language.EN);

        assertTrue(desk.sent.isEmpty());
        assertTrue(no.plainText().startsWith("Non inviato"), no.plainText());
    }

    @Test
    void aThumbsDownOffersTheStaffToo() {
        ChatReply answer = core.say("s3", "How many workshop credits can be recognised?", Language.EN);

        ChatReply afterThumbsDown = core.press("s3", CoreHarness.button(answer, "👎").action(), Language.EN);

        assertTrue(afterThumbsDown.hasMessage(), afterThumbsDown.toString());
        CoreHarness.button(afterThumbsDown, "Ask the School's staff");
        assertEquals(1, core.ratings.size());
    }

    @Test
    void theStaffsAnswerIsRelayedMarkedAsTheirsWithThumbsAndLogged() {
        core.say("s4", "ciao", Language.EN);

        ChatReply relayed = core.chat.relayStaffAnswer("s4", "Is there a canteen?", "Yes, in building 11.", Language.EN);

        assertTrue(relayed.plainText().startsWith("📩 Lo staff della Scuola ha risposto"), relayed.plainText());
        assertTrue(relayed.plainText().contains("Yes, in building 11."));
        core.press("s4", CoreHarness.button(relayed, "👍").action(), Language.EN);
        assertEquals(List.of("+staff Is there a canteen?"), core.ratings);
        assertEquals(List.of("Is there a canteen? -> Yes, in building 11."), core.staffAnswers);
    }

    @Test
    void whenTheStaffCannotBeReachedTheStudentIsTold() {
        desk.reachable = false;
        ChatReply refusal = core.say("s5", "Where can I buy a cheap bike in Milan?", Language.EN);
        ChatReply confirm = core.press("s5", CoreHarness.button(refusal, "Ask the School's staff").action(), Language.EN);

        ChatReply failed = core.press("s5", CoreHarness.button(confirm, "✔ Yes").action(), Language.EN);

        assertTrue(failed.plainText().startsWith("I could not reach the School's staff"), failed.plainText());
    }

    @Test
    void withoutAStaffDeskTheButtonIsNotOffered() {
        CoreHarness alone = new CoreHarness(StaffDesk.NONE);

        ChatReply refusal = alone.say("s6", "Where can I buy a cheap bike in Milan?", Language.EN);

        assertTrue(CoreHarness.buttons(refusal).isEmpty(), CoreHarness.buttons(refusal).toString());
        assertFalse(refusal.plainText().contains("button"), refusal.plainText());
    }
}
