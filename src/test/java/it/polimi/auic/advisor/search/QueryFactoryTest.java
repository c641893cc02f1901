package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import it.polimi.auic.advisor.language.Language;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The query-building step on its {@code toString()}, over the fixture corpus and glossary. The boosts are
 * this test's own (1, 2, 3, 4 and 0.5 for typos), so retuning the advisor does not change these strings.
 */
class QueryFactoryTest {

    private static final SearchTuning TUNING = new SearchTuning(1f, 2f, 3f, 4f, 0.5f, 1.0, 0.4, SearchTuning.CONFIDENCE, 0.6, 600, 0.8);
    private static final QueryFactory FACTORY = new QueryFactory(Fixture.INDEX.searcher(),
            Fixture.KNOWLEDGE.glossary().map(), TUNING, Language.EN);

    private static String query(String question) {
        return FACTORY.plan(question).query().toString();
    }

    @Test
    void eachFieldGetsTheQuestionsWordsWithItsOwnBoost() {
        assertEquals("(body:studio body:attend)^1.0 (heading:studio heading:attend)^2.0 "
                + "(faq:studio faq:attend)^3.0 (unit:studio unit:attend)^4.0", query("Studio attendance"));
    }

    @Test
    void glossaryEquivalentsAreAlternativesOfOneWord() {
        assertEquals("(body:quanti Synonym(body:esam body:esami body:exam body:examin))^1.0 "
                + "(heading:quanti Synonym(heading:esam heading:esami heading:exam heading:examin))^2.0 "
                + "(faq:quanti Synonym(faq:esam faq:esami faq:exam faq:examin))^3.0 "
                + "(unit:quanti Synonym(unit:esam unit:esami unit:exam unit:examin))^4.0", query("quanti esami?"));
    }

    @Test
    void aOneWayGlossaryRuleAddsTheRegulationsWordAndKeepsTheStudents() {
        // "tirocinio, tirocini, stage, internship => traineeship": the student's words stay, and stand for each other.
        assertEquals("(Synonym(body:internship body:stage body:tirocini body:tirocinio body:traineeship))^1.0 "
                + "(Synonym(heading:internship heading:stage heading:tirocini heading:tirocinio heading:traineeship))^2.0 "
                + "(Synonym(faq:internship faq:stage faq:tirocini faq:tirocinio faq:traineeship))^3.0 "
                + "(Synonym(unit:internship unit:stage unit:tirocini unit:tirocinio unit:traineeship))^4.0",
                query("tirocinio"));
        assertTrue(query("thesis").contains("body:dissert") && query("thesis").contains("body:thesi"), query("thesis"));
        assertFalse(query("dissertation").contains("thesi"), "one way: the regulation's word does not become the student's");
    }

    @Test
    void anUnknownWordOfFiveLettersOrMoreGetsATypoClauseWhereItsCorrectionIs() {
        // "workshop" is in bodies and headings, not in any FAQ entry of the fixture: no faq typo clause.
        assertEquals("(body:wokshop body:ect)^1.0 (heading:wokshop heading:ect)^2.0 (faq:wokshop faq:ect)^3.0 "
                + "(unit:wokshop unit:ect)^4.0 (Synonym(body:workshop))^0.5 (Synonym(heading:workshop))^0.5 "
                + "(Synonym(unit:workshop))^0.5", query("wokshops ects"));
    }

    @Test
    void aLongWordMayBeTwoEditsAway() {
        // "trainneeship" (12 letters) is one edit from "traineeship"; "traineshipp" is two.
        assertTrue(query("traineshipp").endsWith("(Synonym(body:traineeship))^0.5 (Synonym(heading:traineeship))^0.5 "
                + "(Synonym(unit:traineeship))^0.5"), query("traineshipp"));
        assertFalse(query("trainesipp").contains(")^0.5"), "a nine-letter word gets one edit only: " + query("trainesipp"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            exan sessions      | a four-letter typo
            workshops studio   | known words
            pizza              | an unknown word with nothing near it in the index
            fees               | an unknown short word
            """)
    void noTypoClauseOtherwise(String question, String why) {
        assertFalse(query(question).contains(")^0.5"), why + ": " + query(question));
    }

    @Test
    void theQuestionsWordsSayHowEachWasFound() {
        QueryPlan plan = FACTORY.plan("tirocinio wokshops ects gym");

        assertEquals(List.of("tirocinio SYNONYM", "wokshop FUZZY", "ect EXACT", "gym NONE"),
                plan.words().stream().map(w -> w.term() + " " + w.match()).toList());
        assertEquals(java.util.Set.of("wokshop", "workshop"), plan.words().get(1).forms());
    }

    @Test
    void stopWordsAreNotWordsOfTheQuestionAndMatchNothingInTheIndex() throws IOException {
        QueryPlan plan = FACTORY.plan("What is the how of which, and can I?");

        assertEquals(List.of(), plan.words());
        for (String stop : List.of("the", "what", "how", "which", "can", "i", "and", "of")) {
            for (String field : SearchFields.ENGLISH.all()) {
                assertEquals(0, Fixture.INDEX.searcher().getIndexReader().docFreq(new Term(field, stop)), field + ":" + stop);
            }
        }
    }

    @Test
    void stopWordsDoNotChangeTheRanking() {
        SearchResult bare = Fixture.SEARCH.search("exam sessions course");
        SearchResult wordy = Fixture.SEARCH.search("What are the exam sessions for a course, please? How many of them?");

        assertEquals(bare.candidates(), wordy.candidates());
        assertEquals(bare.plan().words(), wordy.plan().words());
    }

    @Test
    void numbersAndEverydayWordsTheRegulationsLackBarelyCount() {
        QueryPlan plan = FACTORY.plan("2012 put gym workshop");

        QueryWord year = plan.words().get(0);
        QueryWord put = plan.words().get(1);
        QueryWord gym = plan.words().get(2);
        assertEquals(0.0, year.weight());
        assertEquals(gym.weight() * 0.25, put.weight(), 1e-9);
        assertTrue(gym.weight() > 0);
    }
}
