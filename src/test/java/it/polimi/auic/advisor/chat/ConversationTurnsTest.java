package it.polimi.auic.advisor.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.language.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-ups, small talk and stray letters: what students say between questions. */
class ConversationTurnsTest {

    private final CoreHarness core = new CoreHarness(StaffDesk.NONE);

    @Test
    void aShortQuestionLeaningOnThePreviousTurnIsSearchedWithIt() {
        core.say("f1", "I'm in the first year of the MSc and I want to apply for Alliance4Tech", Language.EN);

        ChatReply followUp = core.say("f1", "so which semesters would I be abroad?", Language.EN);

        assertTrue(followUp.plainText().contains("3rd semester abroad, 4th semester abroad (if applied in winter)"),
                "the scheme for students applying in their first MSc year: " + followUp.plainText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "grazie mille ciao | Prego",
        "thanks! | You're welcome",
        "thank you so much | You're welcome",
        "bye | Bye",
        "arrivederci | Ciao, e in bocca al lupo",
        "I don't understand | Sorry, I was not clear",
        "non ho capito | Scusa, non sono stato chiaro",
        "ok | 👍 Ask me",
        "va bene | 👍 Chiedimi"})
    void smallTalkGetsAShortFittingReplyAndIsNoUnansweredQuestion(String message, String start) {
        ChatReply reply = core.say("t-" + message, message.strip(), Language.EN);

        assertTrue(reply.plainText().startsWith(start.strip()), reply.plainText());
        assertEquals(List.of(), core.unanswered);
    }

    @Test
    void aLoneLetterMatchingNoButtonIsNeitherSearchedNorLogged() {
        ChatReply reply = core.say("l1", "c", Language.EN);

        assertTrue(reply.plainText().startsWith("There is no button \"c\""), reply.plainText());
        assertEquals(List.of(), core.unanswered);
    }
}
