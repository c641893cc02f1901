package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import org.junit.jupiter.api.Test;

class MeritFlowTest {

    private final FlowDriver chat = FlowDriver.english();

    @Test
    void aGraduatingStudentIsAskedForRegisteredCreditsAndToldItIsAnEstimate() {
        chat.send("estimate my merit score");
        for (String answer : new String[] {"26", "155", "8", "2"}) {
            assertEquals(Outcome.ASKED, chat.send(answer).outcome(), chat.transcript());
        }
        chat.press("0");
        chat.press("Yes");
        assertTrue(chat.text().contains("172"), chat.text());
        assertTrue(chat.labels().contains("Same: 155"), chat.labels().toString());
        assertEquals(Outcome.FINISHED, chat.press("Same: 155").outcome());
        String verdict = chat.text();
        assertTrue(verdict.startsWith("❌ Estimated score 105.33 / 150: not eligible"), verdict);
        assertTrue(verdict.contains("Curriculum 95.33 (estimate) + portfolio 8 + traineeship 2 + other 0 = 105.33"), verdict);
        assertTrue(verdict.contains("❌ You have 155 credits registered") && verdict.contains("(programme rules §1.6)"), verdict);
        assertTrue(verdict.contains("This is an estimate"), verdict);
    }

    @Test
    void registeredCreditsAreNotAskedOfOthers() {
        chat.send("/merit avg=27 credits=150 portfolio=1 traineeship=0 other=0");
        assertEquals(Outcome.FINISHED, chat.press("No").outcome());
        assertTrue(chat.text().startsWith("✅ Estimated score 100 / 150: eligible"), chat.text());
        assertFalse(chat.transcript().contains("registered in your career"));
    }

    @Test
    void outOfRangePointsAreAskedAgain() {
        chat.send("/merit");
        chat.send("27");
        chat.send("150");
        assertEquals(Outcome.REJECTED, chat.send("25").outcome());
        assertTrue(chat.text().contains("25 is out of range: it must be from 0 to 20"), chat.text());
        assertEquals(Outcome.ASKED, chat.send("12,5").outcome());
    }

    @Test
    void italianDecimalsAndWording() {
        FlowDriver italian = FlowDriver.italian();
        italian.send("/merit media=26,5 crediti=150 portfolio=10 tirocinio=0 altri=0 laureando=no");
        assertEquals(Outcome.FINISHED, italian.last().outcome());
        assertTrue(italian.text().startsWith("✅ Punteggio stimato 107,17 / 150: idoneo"), italian.text());
        assertTrue(italian.text().contains("È una stima"), italian.text());
    }
}
