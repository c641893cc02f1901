package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.evaluation.EvalQuestion;
import it.polimi.auic.advisor.evaluation.QuestionSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The short quote a phone shows first: verbatim from the passage, one or two units, in reading order. */
class QuoteSelectorTest {

    private static List<String> quoteOfTop(RegulationSearch search, String question) {
        SearchResult result = search.search(question);
        return search.quote(result, result.candidates().get(0));
    }

    @Test
    void aRuleIntroducingAListIsQuotedWithTheList() {
        List<String> quote = quoteOfTop(Fixture.SEARCH, "Who is automatically admitted?");

        assertEquals("Graduates of the Politecnico di Milano are automatically admitted, provided that they:\n"
                + "- graduated within 4 years of their initial enrolment;\n"
                + "- hold an English language certification by the established deadline.", quote.get(0));
    }

    @Test
    void theBestSentencesComeInReadingOrder() {
        List<String> quote = quoteOfTop(Fixture.SEARCH, "How many exam sessions are there and how do I register?");

        assertEquals(List.of("For each course there are three exam sessions.", "Students register for an exam through "
                + "the Online Services within the deadline; after the deadline the registration is conditional."), quote);
    }

    @Test
    void aPassageWithoutTheQuestionsWordsIsQuotedFromItsStart() {
        SearchResult result = Fixture.SEARCH.search("studio attendance");
        Passage erasmus = Fixture.INDEX.passage("fixture-mobility#erasmus-plus").orElseThrow();

        assertEquals(List.of("Erasmus + lets students spend a semester at a partner university in Europe."),
                Fixture.SEARCH.quote(result, Hit.text(erasmus, 1)));
    }

    @Test
    void everyQuoteOfEveryAnswerToTheTuningQuestionsIsVerbatimShortAndInOrder() {
        RegulationSearch search = RealKnowledge.SEARCH;
        int quotes = 0;
        for (EvalQuestion question : QuestionSet.read(Path.of("src/test/resources/eval/questions-tuning.json")).questions()) {
            SearchResult result = search.search(question.question());
            for (Hit hit : result.answers()) {
                String text = hit.passage().text();
                List<String> quote = search.quote(result, hit);
                assertFalse(quote.isEmpty() || quote.size() > 2, question.id() + ": " + quote);
                int from = 0;
                for (String sentence : quote) {
                    assertFalse(sentence.isBlank(), question.id());
                    int at = text.indexOf(sentence, from);
                    assertTrue(at >= 0, question.id() + ": not verbatim, or out of order, in " + hit.passage().key()
                            + ": " + sentence);
                    from = at + sentence.length();
                    quotes++;
                }
                if (quote.size() == 2) {
                    assertTrue(quote.get(0).length() + quote.get(1).length() <= QuoteSelector.MAX_QUOTE_CHARS,
                            question.id() + ": two sentences longer than a phone screen");
                }
            }
        }
        assertTrue(quotes > 100, "the tuning set should exercise many quotes, got " + quotes);
    }
}
