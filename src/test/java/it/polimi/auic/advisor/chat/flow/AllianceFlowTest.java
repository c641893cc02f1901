package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.alliance.Site;
import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllianceFlowTest {

    private final FlowDriver chat = FlowDriver.english();

    @Test
    void semesterBySemesterWithButtons() {
        chat.send("check my Alliance4Tech plan");
        assertEquals(List.of("BSc 3rd year, winter call", "BSc 3rd year, spring call", "MSc 1st year, winter call",
                "MSc 1st year, spring call", "✖ Cancel"), chat.labels());
        chat.press("MSc 1st year, spring call");
        assertTrue(chat.text().contains("semester 1 of 5"), chat.text());
        assertEquals(List.of("Polimi", "TU Berlin", "ETSAM", "⬅ Back", "✖ Cancel"), chat.labels());
        chat.press("Polimi");
        chat.press("Polimi");
        chat.press("Polimi");
        chat.press("ETSAM");
        assertTrue(chat.text().contains("semester 5 of 5"), chat.text());
        chat.press("TU Berlin");
        assertTrue(chat.text().contains("at TU Berlin?"), chat.text());
        chat.send("12");
        chat.send("18");
        assertEquals(Outcome.FINISHED, chat.send("60").outcome());
        assertTrue(chat.text().startsWith("✅ Your Alliance4Tech plan meets every rule"), chat.text());
        assertTrue(chat.text().contains("spring call opens only if places are left"), chat.text());
    }

    @Test
    void theWholePlanTypedAtOnceAndPartnersWithoutASemesterAreNotAskedAbout() {
        chat.send("/alliance");
        chat.send("BSc winter");
        assertEquals(Outcome.ASKED, chat.send("P M M P").outcome());
        assertTrue(chat.text().contains("at ETSAM?"), "TU Berlin is not in the plan, so its credits are not asked");
        chat.send("40");
        assertEquals(Outcome.FINISHED, chat.send("60").outcome());
        String verdict = chat.text();
        assertTrue(verdict.startsWith("❌ Your Alliance4Tech plan breaks 3 rules"), verdict);
        assertTrue(verdict.contains("❌ You plan 0 semesters at TU Berlin and 2 at ETSAM"), verdict);
        assertTrue(verdict.contains("(mobility page, Alliance4Tech › When you can apply)"), verdict);
        assertFalse(chat.transcript().contains("at TU Berlin?"));
    }

    @Test
    void aPlanOfTheWrongLengthOrAnUnknownPlaceIsAskedAgain() {
        chat.send("/alliance call=MSC1_WINTER");
        assertEquals(Outcome.REJECTED, chat.send("P P B M P").outcome());
        assertTrue(chat.text().contains("That is 5 semesters from semester 1, but the plan has 4."), chat.text());
        assertEquals(Outcome.REJECTED, chat.send("Paris").outcome());
        assertTrue(chat.text().contains("I don't know the place 'paris'"), chat.text());
        assertEquals(Outcome.ASKED, chat.send("polimi").outcome());
        assertTrue(chat.text().contains("semester 2 of 4"));
    }

    @Test
    void pastedPlan() {
        FlowTurn turn = chat.send("/alliance call=MSC1_WINTER plan=POLIMI,POLIMI,TU_BERLIN,ETSAM berlin=20 madrid=10 polimi=62");
        assertEquals(Outcome.FINISHED, turn.outcome(), chat.transcript());
        assertTrue(chat.text().startsWith("✅"), chat.text());
    }

    @Test
    void aPlanTypedAtOnceFillsOneSemesterEachAndBackReopensTheLastOfThem() {
        chat.send("/alliance call=MSC1_WINTER");
        chat.send("P P B M");
        AllianceAnswers answers = (AllianceAnswers) chat.state().orElseThrow().answers();
        assertEquals(List.of(Site.POLIMI, Site.POLIMI, Site.TU_BERLIN, Site.ETSAM), answers.plan());
        assertEquals(List.of("call", "s1", "s2", "s3", "s4"), chat.state().orElseThrow().answered());

        chat.press("Back");
        assertTrue(chat.text().contains("semester 4 of 4"), chat.text());
        AllianceAnswers reopened = (AllianceAnswers) chat.state().orElseThrow().answers();
        assertEquals(List.of(Site.POLIMI, Site.POLIMI, Site.TU_BERLIN), reopened.plan());
    }
}
