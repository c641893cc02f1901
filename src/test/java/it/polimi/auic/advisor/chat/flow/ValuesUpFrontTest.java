package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import org.junit.jupiter.api.Test;

/** A first message with the student's own values starts the calculator with them and asks only for the rest. */
class ValuesUpFrontTest {

    @Test
    void aStudioQuestionWithTheYearAndTheAttendanceGetsTheVerdictAtOnce() {
        FlowDriver chat = FlowDriver.english();

        FlowTurn turn = chat.send("i atended my studio this year 2025/26 with 80 percent, until when can i take the exam?");

        assertEquals(Outcome.FINISHED, turn.outcome(), chat.text());
        assertTrue(chat.text().contains("Take the exam by"), chat.text());
    }

    @Test
    void theMeritValuesGivenInASentenceAreKeptAndOnlyTheRestIsAsked() {
        FlowDriver chat = FlowDriver.english();

        chat.send("my average is 27 with 150 credits, portfolio 15");

        assertTrue(chat.text().contains("traineeships"), "the portfolio, average and credits are not asked: " + chat.text());
        chat.send("0");
        chat.send("0");
        assertEquals(Outcome.FINISHED, chat.send("no").outcome());
        assertTrue(chat.text().contains("Curriculum 99") && chat.text().contains("portfolio 15"), chat.text());
    }

    @Test
    void italianToo() {
        FlowDriver chat = FlowDriver.italian();

        FlowTurn turn = chat.send("ho frequentato il laboratorio nel 2024/25 con l'85% di frequenza, quando scade l'esame?");

        assertEquals(Outcome.FINISHED, turn.outcome(), chat.text());
        assertTrue(chat.text().contains("Sostieni l'esame entro") || chat.text().contains("Devi frequentare"), chat.text());
    }
}
