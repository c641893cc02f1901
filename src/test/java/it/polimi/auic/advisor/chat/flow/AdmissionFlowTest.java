package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdmissionFlowTest {

    private final FlowDriver chat = FlowDriver.english();

    @Test
    void aPolitecnicoGraduateIsAskedEachThingOnceAndGetsEveryFinding() {
        List<String> questions = new ArrayList<>();
        assertEquals(Outcome.ASKED, chat.send("am I eligible for automatic admission?").outcome());
        assertTrue(chat.text().contains("§1.3.1"));
        questions.add(lastLine());
        assertEquals(List.of("Yes", "No", "✖ Cancel"), chat.labels());
        for (String answer : new String[] {"yes", "L-17", "2020/21", "14/09/2020", "18/07/2023", "140", "28,1"}) {
            assertEquals(Outcome.ASKED, chat.send(answer).outcome(), chat.transcript());
            questions.add(lastLine());
        }
        assertTrue(questions.get(5).contains("10 October 2022"), "the credits question names the check day");
        FlowTurn verdict = chat.press("Yes");
        assertEquals(Outcome.FINISHED, verdict.outcome());
        assertTrue(chat.state().isEmpty());
        assertTrue(chat.text().startsWith("✅ Automatic admission"), chat.text());
        assertEquals(6, chat.text().lines().filter(l -> l.startsWith("✅ ") && l.endsWith("(programme rules §1.3.1)")).count(),
                chat.text());
        assertEquals(questions.size(), new HashSet<>(questions).size(), "no question asked twice: " + questions);
    }

    @Test
    void aGraduateOfAnotherUniversityIsNotAskedAboutTheirCareer() {
        chat.send("/admission");
        chat.press("No");
        FlowTurn verdict = chat.send("L-17");
        assertEquals(Outcome.FINISHED, verdict.outcome());
        assertTrue(chat.text().contains("Not automatic: assessment of merit"), chat.text());
        assertTrue(chat.text().contains("§1.3.2"));
        assertTrue(verdict.reply().keyboard().stream().flatMap(List::stream).anyMatch(b -> b.action().equals("/merit")),
                "offers the merit estimate next");
        assertFalse(chat.transcript().contains("weighted average"));
    }

    @Test
    void anExcludedClassEndsTheFlowUnlessItIsTheBuildingProductionException() {
        chat.send("/admission");
        chat.send("yes");
        chat.press("L-21");
        assertTrue(chat.text().contains("Architecture and Building Production"), chat.text());
        assertEquals(Outcome.FINISHED, chat.press("No").outcome());
        assertTrue(chat.text().startsWith("❌ Not admissible"), chat.text());

        FlowDriver exception = FlowDriver.english();
        exception.send("/admission");
        exception.send("yes");
        exception.send("L-23");
        exception.send("yes");
        for (String answer : new String[] {"2020/21", "skip", "2023-07-18", "140", "28.1"}) {
            assertEquals(Outcome.ASKED, exception.send(answer).outcome(), exception.transcript());
        }
        assertEquals(Outcome.FINISHED, exception.send("yes").outcome());
        assertTrue(exception.text().startsWith("✅ Automatic admission, with educational debits"), exception.text());
        assertTrue(exception.text().contains("Counted from 15 September 2020"), "the skipped day is explained");
    }

    @Test
    void aBadAnswerIsAskedAgainWithTheReason() {
        chat.send("/admission");
        chat.send("yes");
        chat.send("L-17");
        chat.send("2020/21");
        assertTrue(lastLine().startsWith("On what day did you enrol"), chat.transcript());
        FlowTurn wrongYear = chat.send("14/09/2018");
        assertEquals(Outcome.REJECTED, wrongYear.outcome());
        assertTrue(chat.text().contains("Enrolment in 2020/21 happens in 2020"), chat.text());
        chat.send("14/09/2020");
        assertEquals(Outcome.REJECTED, chat.send("30/02/2023").outcome());
        assertTrue(chat.text().contains("'30/02/2023' is not a real date"));
        assertTrue(lastLine().startsWith("On what day did (or will) you graduate"), "the same question again");
        assertEquals(Outcome.REJECTED, chat.send("01/01/2019").outcome());
        assertTrue(chat.text().contains("before your enrolment"), chat.text());
        chat.send("18/07/2023");
        assertEquals(Outcome.REJECTED, chat.send("ten").outcome());
        assertEquals(Outcome.REJECTED, chat.send("140.5").outcome());
        assertTrue(chat.text().contains("whole number"));
        chat.send("140");
        assertEquals(Outcome.REJECTED, chat.send("31").outcome());
        assertTrue(chat.text().contains("31 is out of range: it must be from 18 to 30"), chat.text());
        assertEquals(Outcome.ASKED, chat.send("27").outcome());
    }

    @Test
    void backReopensThePreviousQuestionAndCancelForgetsEverything() {
        chat.send("/admission");
        assertTrue(chat.send("back").reply().plainText().contains("This is the first question"));
        chat.send("yes");
        chat.send("L-17");
        FlowTurn back = chat.press("Back");
        assertEquals(Outcome.ASKED, back.outcome());
        assertTrue(lastLine().startsWith("What is the degree class"), chat.transcript());
        AdmissionAnswers kept = (AdmissionAnswers) back.next().orElseThrow().answers();
        assertEquals(Optional.empty(), kept.bachelorClass(), "the class is forgotten");
        assertEquals(Optional.of(true), kept.polimi(), "the answer before it is kept");
        chat.send("L-17");
        FlowTurn cancelled = chat.press("Cancel");
        assertEquals(Outcome.CANCELLED, cancelled.outcome());
        assertTrue(cancelled.next().isEmpty());
        assertTrue(chat.text().contains("Nothing you entered has been kept"));
    }

    @Test
    void pastedValuesSkipTheOptionalQuestionButBackStillReachesIt() {
        chat.send("/admission polimi=yes class=L-17 year=2020/21");
        assertTrue(lastLine().startsWith("On what day did (or will) you graduate"), chat.transcript());
        chat.send("back");
        assertTrue(lastLine().startsWith("On what day did you enrol"), chat.transcript());
    }

    @Test
    void everythingPastedAtOnceGivesTheVerdictAtOnce() {
        FlowTurn turn = chat.send("/admission polimi=yes class=L-23 programme=\"Architecture and Building Production\" "
                + "year=2020/21 enrolled=2020-09-14 graduated=2025-03-01 credits=140 average=28.1 english=no");
        assertEquals(Outcome.FINISHED, turn.outcome());
        assertTrue(chat.text().startsWith("➡ Not automatic: assessment of merit"), chat.text());
        assertEquals(2, chat.text().lines().filter(l -> l.startsWith("❌ ")).count(), chat.text());
    }

    @Test
    void pastedValuesThatContradictEachOtherAreCaughtAtTheEndAndTheQuestionAskedAgain() {
        FlowTurn turn = chat.send("/admission graduated=2019-07-18 polimi=yes class=L-17 year=2020/21 credits=140 "
                + "average=28 english=yes");
        assertEquals(Outcome.ASKED, turn.outcome());
        assertTrue(chat.text().contains("graduationDate: 2019-07-18 is before the enrolment year 2020/21"), chat.text());
        assertTrue(lastLine().startsWith("On what day did (or will) you graduate"), chat.transcript());
        assertEquals(Outcome.FINISHED, chat.send("18/07/2023").outcome());
    }

    @Test
    void aPastedValueThatCannotBeUsedIsReportedAndAskedFor() {
        chat.send("/admission polimi=maybe class=L-17 colour=blue");
        assertTrue(chat.text().contains("polimi=maybe: Please answer yes or no."), chat.text());
        assertTrue(chat.text().contains("I don't know 'colour'. Pasted answers look like: /admission polimi=yes"), chat.text());
        assertTrue(lastLine().startsWith("Is your bachelor's degree"), chat.transcript());
        chat.send("yes");
        assertTrue(lastLine().startsWith("In which academic year"), "the class given is not asked again");
    }

    @Test
    void inItalianTheQuestionsAndTheVerdictAreItalian() {
        FlowDriver italian = FlowDriver.italian();
        italian.send("sono ammesso automaticamente?");
        assertTrue(italian.text().contains("La tua laurea triennale è del Politecnico di Milano?"), italian.text());
        assertEquals(List.of("Sì", "No", "✖ Annulla"), italian.labels());
        for (String answer : new String[] {"sì", "L-17", "2020/21", "14.09.2020", "18/07/2023", "100", "27,5"}) {
            italian.send(answer);
        }
        italian.send("no");
        assertTrue(italian.text().startsWith("➡ Non automatica: valutazione di merito"), italian.text());
        assertTrue(italian.text().contains("❌ Al 10 ottobre 2022 avevi 100 crediti; servono N = 104"), italian.text());
        assertTrue(italian.text().contains("(regolamento §1.3.1)"));
    }

    private String lastLine() {
        List<String> lines = chat.text().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
