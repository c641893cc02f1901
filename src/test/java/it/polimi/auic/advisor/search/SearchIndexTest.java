package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import it.polimi.auic.advisor.knowledge.SectionRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the index holds: one passage per section with text (more for a long one), FAQ entries, vocabularies. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private static final String DOCUMENT = """
            ---
            id: small
            title: Small Rules
            source: tests
            academic-year: 2022/23
            ---

            ## 1 Examinations

            ### 1.1 Sessions

            There are three exam sessions.
            """;

    @Test
    void everySectionWithTextIsAPassageAndTheLongOneIsCutInTwo() {
        SearchIndex index = Fixture.INDEX;

        // 9 sections with text in the fixture; section 6 is longer than one reply.
        assertEquals(10, index.passageCount());
        assertTrue(index.passage("fixture-rules#6").isPresent());
        assertTrue(index.passage("fixture-rules#6/2").isPresent());
        assertFalse(index.passage("fixture-rules#6/3").isPresent());
        assertEquals(2, index.faqCount());
    }

    @Test
    void aPassageCarriesItsSectionAndCitation() {
        Passage erasmus = Fixture.INDEX.passage("fixture-mobility#erasmus-plus").orElseThrow();

        assertEquals(new SectionRef("fixture-mobility", "erasmus-plus"), erasmus.section());
        assertEquals("Erasmus +", erasmus.sectionLabel());
        assertEquals("Erasmus +", erasmus.title());
        assertEquals("Fixture International Mobility, Erasmus +", erasmus.citation());
        assertTrue(erasmus.text().startsWith("Erasmus + lets students spend a semester"));
    }

    @Test
    void aPassagesVocabularyHoldsItsWordsItsHeadingsAndItsFaqPhrasings() {
        var vocabulary = Fixture.INDEX.vocabulary("fixture-rules#5", it.polimi.auic.advisor.language.Language.EN);

        assertTrue(vocabulary.containsAll(List.of("attend", "compulsori", "studio")), vocabulary.toString());
        assertTrue(vocabulary.containsAll(List.of("lesson", "show", "class")), "FAQ phrasings: " + vocabulary);
        assertFalse(vocabulary.contains("workshop"), vocabulary.toString());
        assertFalse(vocabulary.contains("the"), "stop words are not indexed: " + vocabulary);
    }

    @Test
    void aFaqEntryIsIndexedUnderThePassageThatHoldsItsAnswer() throws IOException {
        Files.writeString(dir.resolve("small.md"), DOCUMENT);
        Files.createDirectories(dir.resolve("faq"));
        Files.writeString(dir.resolve("faq/exams.md"), """
                ## How many sessions?
                section: small 1.1
                answer: There are three exam sessions.
                """);

        SearchIndex index = SearchIndex.build(KnowledgeLoader.load(dir));

        assertEquals(1, index.passageCount());
        assertEquals(1, index.faqCount());
    }

    @Test
    void aFolderWithoutAGlossaryCanBeSearched() throws IOException {
        Files.writeString(dir.resolve("small.md"), DOCUMENT);
        KnowledgeBase knowledge = KnowledgeLoader.load(dir);

        SearchResult result = new RegulationSearch(SearchIndex.build(knowledge), SearchTuning.DEFAULT)
                .search("how many exam sessions");

        assertEquals("small#1.1", Fixture.topKey(result));
    }

    @Test
    void aGlossaryOfNotesOnlyIsLikeNoGlossary() throws IOException {
        Files.writeString(dir.resolve("small.md"), DOCUMENT);
        Files.writeString(dir.resolve("glossary.txt"), "# nothing yet\n");

        SearchResult result = new RegulationSearch(SearchIndex.build(KnowledgeLoader.load(dir)), SearchTuning.DEFAULT)
                .search("exam sessions");

        assertEquals("small#1.1", Fixture.topKey(result));
    }
}
