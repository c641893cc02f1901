package it.polimi.auic.advisor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a passage answers a question, judged as acceptance judges it. */
class EvalQuestionTest {

    private static EvalQuestion expecting(String... phrases) {
        return new EvalQuestion("t1", "question", List.of(phrases), false, null, null);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            attendance achieved does not expire  | The ATTENDANCE achieved Does Not Expire but...
            the student’s Study Plan             | found in the student's Study Plan.
            the student's Study Plan             | found in the student’s Study Plan.
            ‘optional’ courses                   | courses termed 'optional' courses
            104/27                               | Students enrolled since the A.Y. 2010/11: N/V 104/27
            """)
    void caseWhitespaceAndCurlyApostrophesAreFolded(String expected, String passage) {
        assertTrue(expecting(expected).accepts(passage));
    }

    @Test
    void runsOfWhitespaceAndLineBreaksCountAsOneSpace() {
        assertTrue(expecting("attendance achieved  does not expire").accepts("The attendance\n  achieved \t does not\r\nexpire"));
        assertTrue(expecting(" does not expire\n").accepts("it does not expire."));
    }

    @Test
    void noBreakSpacesAreWhitespaceToo() {
        // knowledge/mobility.md writes "Erasmus\u00a0+\u00a0is the new European Union programme".
        assertTrue(expecting("Erasmus + is the new European Union programme")
                .accepts("Erasmus\u00a0+\u00a0is the new European Union programme for education"));
        assertTrue(expecting("Manifesto of Studies and on the map")
                .accepts("published on the Manifesto of Studies\u00a0and on the map of"));
    }

    @Test
    void anyOfTheExpectedPhrasesWillDo() {
        EvalQuestion question = expecting("traineeshipor extra-curricular work", "traineeship or extra-curricular work");

        assertTrue(question.accepts("experiences of traineeship or extra-curricular work fully documented"));
        assertTrue(question.accepts("experiences of traineeshipor extra-curricular work fully documented"));
    }

    @Test
    void aPassageWithoutThePhraseIsNotAccepted() {
        EvalQuestion question = expecting("does not expire");

        assertFalse(question.accepts("attendance expires after three sessions"));
        assertFalse(question.accepts(""));
    }

    @Test
    void aPassageLongerThanTheContractAllowsIsNeverAccepted() {
        EvalQuestion question = expecting("does not expire");
        String padding = "x".repeat(2985);

        assertTrue(question.accepts(padding + "does not expire"));
        assertEquals(3000, (padding + "does not expire").length());
        assertFalse(question.accepts(padding + " does not expire"));
    }

    @Test
    void anOutOfScopeQuestionAcceptsNoPassage() {
        EvalQuestion abstain = new EvalQuestion("x1", "bike?", null, true, null, null);

        assertEquals(List.of(), abstain.expect());
        assertFalse(abstain.accepts("any text at all"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            abstain        | true  | it   | typo | abstain
            language first | false | it   | typo | it
            then the tag   | false |      | typo | typo
            English else   | false |      |      | en
            blank language | false | ' '  |      | en
            """)
    void figuresAreGroupedByAbstainLanguageTagOrEnglish(String name, boolean abstain, String lang, String tag,
                                                       String group) {
        assertEquals(group, new EvalQuestion("g", "q", List.of("x"), abstain, lang, tag).group());
    }
}
