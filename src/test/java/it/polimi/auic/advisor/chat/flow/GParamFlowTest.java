package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import org.junit.jupiter.api.Test;

class GParamFlowTest {

    private final FlowDriver chat = FlowDriver.english();

    @Test
    void pastedExamsGiveTheVerdictAtOnce() {
        FlowTurn turn = chat.send("/g 28x8 30Lx12 25x6");
        assertEquals(Outcome.FINISHED, turn.outcome());
        assertTrue(chat.text().startsWith("G = 734"), chat.text());
        assertTrue(chat.text().contains("Weighted average 28.23 over 26 credits (3 exams)."), chat.text());
        assertTrue(chat.text().contains("Honours (30 e lode) in 1 exam, counted as 30"), chat.text());
    }

    @Test
    void examsInSeveralMessagesUntilDone() {
        chat.send("compute my G");
        assertEquals(Outcome.REJECTED, chat.send("done").outcome());
        assertEquals(Outcome.ASKED, chat.send("28x8, 25 x 6").outcome());
        assertTrue(chat.text().contains("So far 2 exams, 14 credits, G = 374"), chat.text());
        assertTrue(chat.labels().contains("✅ Done"), chat.labels().toString());
        chat.send("30 e lode x 12");
        assertTrue(chat.text().contains("So far 3 exams, 26 credits, G = 734"), chat.text());
        chat.send("back");
        assertTrue(chat.text().contains("So far 2 exams"), chat.text());
        assertEquals(Outcome.REJECTED, chat.send("17x6 27x6").outcome());
        assertTrue(chat.text().contains("17x6: must be a whole number from 18 to 30"), chat.text());
        assertEquals(Outcome.FINISHED, chat.press("Done").outcome());
        assertTrue(chat.text().startsWith("G = 374"), chat.text());
    }

    @Test
    void honoursOnlyWithThirtyInItalian() {
        FlowDriver italian = FlowDriver.italian();
        italian.send("calcola la mia G");
        assertEquals(Outcome.REJECTED, italian.send("28Lx6").outcome());
        assertTrue(italian.text().contains("la lode si dà solo con 30"), italian.text());
        italian.send("30Lx6");
        assertEquals(Outcome.FINISHED, italian.send("fatto").outcome());
        assertTrue(italian.text().startsWith("G = 180"), italian.text());
        assertTrue(italian.text().contains("Media ponderata 30 su 6 crediti"), italian.text());
    }
}
