package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudioFlowTest {

    private final FlowDriver chat = FlowDriver.english();

    @Test
    void theDeadlineComesFromTheCalendarAndTodaysDate() {
        chat.send("check my studio exam deadline");
        assertEquals(List.of("2026/27", "2025/26", "2024/25", "✖ Cancel"), chat.labels());
        chat.press("2025/26");
        assertEquals(Outcome.FINISHED, chat.send("84/120").outcome());
        String verdict = chat.text();
        assertTrue(verdict.startsWith("✅ Take the exam by 11 September 2027"), verdict);
        assertTrue(verdict.contains("✅ You attended 70% of the studio hours"), verdict);
        assertTrue(verdict.contains("so on 22 November 2026 you are still in time"), verdict);
        assertTrue(verdict.contains("(programme rules §5.4.1)") && verdict.contains("(programme rules §9.1)"), verdict);
    }

    @Test
    void anExpiredWindowMeansAttendingAgainAndTheIndicativeDateIsFlagged() {
        chat.send("/studio");
        chat.press("2024/25");
        chat.send("90%");
        String verdict = chat.text();
        assertTrue(verdict.startsWith("❌ You must attend the studio again"), verdict);
        assertTrue(verdict.contains("Indicative date"), verdict);
    }

    @Test
    void impossibleAttendanceIsAskedAgain() {
        chat.send("/studio year=2025/26");
        assertEquals(Outcome.REJECTED, chat.send("130/120").outcome());
        assertTrue(chat.text().contains("cannot be more than the total"), chat.text());
        assertEquals(Outcome.REJECTED, chat.send("120%").outcome());
        assertEquals(Outcome.REJECTED, chat.send("most of it").outcome());
        assertEquals(Outcome.FINISHED, chat.send("69,5").outcome());
        assertTrue(chat.text().startsWith("❌"), chat.text());
    }

    @Test
    void aPowerUserMayAskAboutAnotherDay() {
        chat.send("/studio year=2025/26 attendance=80% asof=2027-09-12");
        assertEquals(Outcome.FINISHED, chat.last().outcome());
        assertTrue(chat.text().contains("ended on 11 September 2027, before 12 September 2027"), chat.text());
    }

    @Test
    void italian() {
        FlowDriver italian = FlowDriver.italian();
        italian.send("verifica la scadenza del mio esame di laboratorio");
        italian.send("2025/26");
        italian.send("90 su 120");
        assertTrue(italian.text().startsWith("✅ Sostieni l'esame entro l'11 settembre 2027"), italian.text());
    }
}
