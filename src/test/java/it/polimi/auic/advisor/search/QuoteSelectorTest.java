package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.evaluation.EvalQuestion;
import it.polimi.auic.advisor.evaluation.QuestionSet;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote a phone shows first: verbatim from the passage, at the grain of an answer, in reading order. */
class QuoteSelectorTest {

    private static List<String> quote(RegulationSearch search, String question) {
        SearchResult result = search.search(question);
        assertTrue(result.quote().isPresent(), question + ": nothing quoted");
        return result.quote().get().sentences();
    }

    @Nested
    class FromThePassage {

        @Test
        void theSentenceWithTheQuestionsRareWordsIsQuoted() {
            assertEquals(List.of("Recognition of a maximum of 8 ECTS earned from participation in workshops is permitted."),
                    quote(Fixture.ANSWERING, "How many ECTS can I get from workshops?"));
        }

        @Test
        void theGlossaryCountsAsInSearchStageFindsTraineeship() {
            assertEquals(List.of("Students can carry out their traineeship from the first semester of the first year."),
                    quote(Fixture.ANSWERING, "posso fare lo stage al primo semestre?"));
        }

        @Test
        void aListItemIsQuotedWithTheLineThatIntroducesItNotTheWholeList() {
            assertEquals(List.of("Graduates of the Politecnico di Milano are automatically admitted, provided that they:",
                    "- hold an English language certification by the established deadline."),
                    quote(Fixture.ANSWERING, "Do I need an English certification for automatic admission?"));
        }

        @Test
        void aWhenQuestionPrefersTheSentenceWithADateOrPeriod() {
            List<String> quote = quote(Fixture.ANSWERING, "When must a workshop end?");

            assertTrue(quote.contains("Workshops must end at least a month before graduation day."), quote.toString());
        }

        @Test
        void theMessageAskingCountsMoreThanTheContextAroundIt() {
            List<String> quote = quote(Fixture.ANSWERING, "I did my traineeship at a company last year and my workshop "
                    + "ended in June. How many ECTS can workshops give?");

            assertTrue(quote.get(0).contains("maximum of 8 ECTS"), quote.toString());
        }
    }

    @Nested
    class FromTheFaq {

        @Test
        void aQuestionMatchingAnEntryIsAnsweredWithTheEntrysAnswer() {
            SearchResult result = Fixture.ANSWERING.search("Do I have to be in class?");

            assertEquals(Optional.of(new Quote(List.of("Attendance of at least 70% of the Studio hours is compulsory."),
                    Quote.Origin.FAQ_ANSWER)), result.quote());
        }

        @Test
        void staffChangeTheQuoteByEditingTheAnswerLine(@TempDir Path dir) throws IOException {
            Path copy = copyOfFixture(dir);
            Path faq = copy.resolve("faq/general.md");
            Files.writeString(faq, Files.readString(faq).replace(
                    "answer: Erasmus + lets students spend a semester at a partner university in Europe.",
                    "answer: The credits earned abroad are recognised in the study plan."));
            RegulationSearch edited = new RegulationSearch(SearchIndex.build(KnowledgeLoader.load(copy)),
                    SearchTuning.DEFAULT);

            assertEquals(List.of("The credits earned abroad are recognised in the study plan."),
                    quote(edited, "Can I take part in a summer school abroad?"));
        }

        private Path copyOfFixture(Path dir) throws IOException {
            Path source = Fixture.folder();
            try (var files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = dir.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return dir;
        }
    }

    @Nested
    class WhatTheRulesDoNotSay {

        @Test
        void aQuestionForAnAmountOfMoneyTheBestPassageLacksIsRefusedWithWhatItSaysNearby() {
            SearchResult result = Fixture.ANSWERING.search("How much does the traineeship cost?");

            assertFalse(result.answerable());
            assertEquals(List.of(), result.answers());
            assertEquals("MONEY", result.unstated().orElseThrow().name());
            assertTrue(result.quote().orElseThrow().text().toLowerCase(java.util.Locale.ROOT).contains("traineeship"),
                    result.quote().toString());
        }

        @Test
        void aQuestionForAKindOfFactThePassageStatesIsAnswered() {
            SearchResult result = Fixture.ANSWERING.search("How many exam sessions are there for each course?");

            assertTrue(result.answerable());
            assertEquals(Optional.empty(), result.unstated());
        }
    }

    @Test
    void everyQuoteOfTheTuningQuestionsIsVerbatimInItsPassageAndInReadingOrder() {
        RegulationSearch search = RealKnowledge.SEARCH;
        int quotes = 0;
        for (EvalQuestion question : QuestionSet.read(Path.of("src/test/resources/eval/questions-tuning.json")).questions()) {
            SearchResult result = search.search(question.question());
            if (result.quote().isEmpty() || result.candidates().isEmpty()) {
                continue;
            }
            String text = result.candidates().get(0).passage().text().replaceAll("\\s+", " ");
            int from = 0;
            for (String sentence : result.quote().get().sentences()) {
                assertFalse(sentence.isBlank(), question.id());
                int at = text.indexOf(sentence.replaceAll("\\s+", " "), from);
                assertTrue(at >= 0, question.id() + ": not verbatim, or out of order: " + sentence);
                from = at + 1;
                quotes++;
            }
        }
        assertTrue(quotes > 200, "the tuning set should exercise many quotes, got " + quotes);
    }
}
