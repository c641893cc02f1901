package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What tutors see when they ask why the advisor answered as it did. */
class ExplanationTest {

    @Test
    void theTextListsTheDecisionTheWordsAndEachCandidate() {
        Explanation explanation = new Explanation(0.75,
                List.of(new QueryWord("studio", QueryWord.Match.EXACT, 2, Set.of("studio")),
                        new QueryWord("gym", QueryWord.Match.NONE, 1, Set.of("gym"))),
                List.of(new Explanation.Candidate("programme-rules", "5.4.1", "5.4.1 Studios", 3.14159, 2.5, 0.64159,
                                "Does attendance expire?", List.of("attend", "studio")),
                        new Explanation.Candidate("mobility", "athens", "The ATHENS Programme", 1, 1, 0, "", List.of())),
                "Answered from programme-rules 5.4.1 Studios.", "Read as English.");

        assertEquals("""
                Answered from programme-rules 5.4.1 Studios.
                Read as English.
                Words of the question: studio exact, gym none
                1. programme-rules 5.4.1 Studios: score 3.14 (text 2.50, FAQ 0.64 via "Does attendance expire?"); \
                matched: attend, studio
                2. mobility The ATHENS Programme: score 1.00 (text 1.00, FAQ 0.00)""", explanation.toText());
    }

    @Test
    void anAnswerFoundThroughTheFaqSaysSo() {
        SearchResult result = Fixture.ANSWERING.search("must I show up to every lesson");

        Explanation explanation = Fixture.ANSWERING.explain(result);

        assertTrue(explanation.decision().startsWith("Answered from fixture-rules 5 Studio Attendance"),
                explanation.decision());
        assertTrue(explanation.decision().contains("the FAQ \"Do I have to be in class?\""), explanation.decision());
        assertEquals("Do I have to be in class?", explanation.candidates().get(0).faqQuestion());
    }

    @Test
    void anAnswerFoundInTheTextListsTheWordsItMatched() {
        SearchResult result = Fixture.ANSWERING.search("How many exam sessions are there for each course?");

        Explanation explanation = Fixture.ANSWERING.explain(result);

        assertTrue(explanation.decision().contains("mostly on its own words"), explanation.decision());
        Explanation.Candidate top = explanation.candidates().get(0);
        assertEquals("4", top.section());
        assertTrue(top.matchedWords().containsAll(List.of("cours", "exam", "session")), top.matchedWords().toString());
        assertEquals(result.candidates().size(), explanation.candidates().size());
    }

    @Test
    void aRefusalSaysWhy() {
        assertTrue(Fixture.SEARCH.explain(Fixture.SEARCH.search("What is the weather in Rome tomorrow?")).decision()
                .startsWith("Not answered: no passage shares a word with the question."));
        Explanation refused = Fixture.SEARCH.explain(Fixture.SEARCH.search("tell me about the workshp"));
        assertTrue(refused.decision().startsWith("Not answered, probably not about the regulations: confidence "),
                refused.decision());
    }
}
