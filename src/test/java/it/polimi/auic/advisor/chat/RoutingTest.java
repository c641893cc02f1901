package it.polimi.auic.advisor.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer before the calculator: a question on a calculator's topic is answered from the regulations with
 * a button that starts the calculator; only an explicit request starts it at once. Both ways, in English and
 * Italian, and the same in the chat and in {@code ask} (whose routing {@code --explain} shows).
 */
class RoutingTest {

    private final CoreHarness core = new CoreHarness(StaffDesk.NONE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "quando scade la frequenza del laboratorio?                       | Verifica la mia scadenza ▶",
        "Is studio attendance compulsory, can I still miss some lessons? | Check my deadline ▶",
        "until when can I take the studio exam?                          | Check my deadline ▶",
        "Does studio attendance expire?                                  | Check my deadline ▶",
        "come funziona il calcolo della G?                                | Calcola la mia G ▶",
        "How is the parameter G calculated for studio allocation?         | Calculate my G ▶",
        "Who is automatically admitted to the Laurea Magistrale?          | Check my admission ▶",
        "chi ha diritto all'ammissione automatica alla magistrale?        | Verifica la mia ammissione ▶",
        "How many points can the merit assessment give in total?          | Estimate my score ▶",
        "How does Alliance4Tech work?                                     | Check my plan ▶",
    })
    void aQuestionOnACalculatorsTopicIsAnsweredWithTheCalculatorOffered(String message, String offer) {
        ChatReply reply = core.say("q", message.strip(), Language.EN);

        assertTrue(reply.blocks().get(0) instanceof Block.Quote, "answered from the regulations: " + reply.plainText());
        Button button = CoreHarness.button(reply, offer.strip());
        assertTrue(button.action().startsWith("/"), button.toString());
        QuestionAnswer viaAsk = core.chat.answer(message.strip(), Language.EN);
        assertFalse(viaAsk.result().answers().isEmpty());
        assertTrue(viaAsk.routing().contains("with the calculator offered"), viaAsk.routing());

        ChatReply started = core.press("q", button.action(), Language.EN);
        assertFalse(started.blocks().get(0) instanceof Block.Quote, "the button starts it: " + started.plainText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "am I eligible for automatic admission?      | automatic admission",
        "sono ammesso automaticamente?               | automatic admission",
        "calculate my G                              | parameter G",
        "calcola la mia G                            | parameter G",
        "28x8 30Lx12 25x6                            | parameter G",
        "/studio                                     | studio deadline",
        "estimate my merit score                     | merit estimate",
        "verifica il mio piano Alliance4Tech         | Alliance4Tech plan",
        "check my studio exam deadline               | studio deadline",
    })
    void anExplicitRequestStartsTheCalculatorAtOnce(String message, String calculator) {
        ChatReply reply = core.say("r", message.strip(), Language.EN);

        assertFalse(reply.blocks().isEmpty());
        assertFalse(reply.blocks().get(0) instanceof Block.Quote, "no regulation answer first: " + reply.plainText());
        QuestionAnswer viaAsk = core.chat.answer(message.strip(), Language.EN);
        assertEquals("Routing: an explicit request for the " + calculator.strip() + " calculator, which starts at once.",
                viaAsk.routing());
        core.say("r", "/cancel", Language.EN);
    }
}
