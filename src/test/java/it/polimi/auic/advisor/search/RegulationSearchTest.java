package it.polimi.auic.advisor.search;

import static it.polimi.auic.advisor.search.Fixture.SEARCH;
import static it.polimi.auic.advisor.search.Fixture.topKey;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import it.polimi.auic.advisor.knowledge.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import java.util.function.BiConsumer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retrieval on the small fixture corpus: expected top hits, answer shape, refusals, and hostile input. */
class RegulationSearchTest {

    private static QueryWord word(SearchResult result, String term) {
        return result.plan().words().stream().filter(w -> w.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError("no word '" + term + "' in " + result.plan().words()));
    }

    @Nested
    class ExpectedTopHits {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                How many exam sessions are there for each course?  | fixture-rules#4
                Is studio attendance compulsory?                   | fixture-rules#5
                Are Politecnico graduates automatically admitted?  | fixture-rules#1.1
                How many ECTS are recognised for workshops?        | fixture-rules#3
                Can I spend a semester abroad with Erasmus?        | fixture-mobility#erasmus-plus
                who collects the diploma after the proclamation    | fixture-rules#6/2
                """)
        void aDirectQuestionFindsItsSectionFirst(String question, String expectedKey) {
            // Ranking only: whether to answer is the confidence model's call, fitted on the real knowledge.
            assertEquals(expectedKey, topKey(SEARCH.search(question)), question);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                How many exam sessions are there for each course?  | programme-rules#9.1
                Is studio attendance compulsory?                   | programme-rules#5.4.1
                """)
        void aQuestionWhoseWordsAllStandInOneSectionOfTheRealKnowledgeIsAnswered(String question, String expectedKey) {
            // The confidence model is fitted on the real knowledge: whether to answer is tested there.
            SearchResult result = RealKnowledge.SEARCH.search(question);

            assertTrue(result.answerable(), () -> question + ": refused, confidence " + result.confidence());
            assertEquals(expectedKey, result.answers().get(0).passage().key(), question);
        }

        @Test
        void anItalianWordOfTheGlossaryFindsTheEnglishSection() {
            SearchResult result = SEARCH.search("can I do the tirocinio in the first semester of the first year?");

            assertEquals("fixture-rules#2", topKey(result));
            QueryWord tirocinio = word(result, "tirocinio");
            assertEquals(QueryWord.Match.SYNONYM, tirocinio.match());
            assertTrue(tirocinio.forms().contains("traineeship"), tirocinio.forms().toString());
        }

        @Test
        void theItalianWordAloneStillLeadsToTheSection() {
            SearchResult result = SEARCH.search("quando posso fare il tirocinio?");

            assertEquals("fixture-rules#2", topKey(result));
            assertEquals(List.of("tirocin"), result.plan().words().stream().map(QueryWord::term).toList(),
                    "Italian stop words are not meaningful words; the word is stemmed the Italian way");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                how many ECTS from a workshp | workshp | workshop
                wokshops ects                | wokshop | workshop
                """)
        void aTypoIsFoundByTypoTolerance(String question, String typo, String correction) {
            SearchResult result = SEARCH.search(question);

            assertEquals("fixture-rules#3", topKey(result));
            QueryWord word = word(result, typo);
            assertEquals(QueryWord.Match.FUZZY, word.match());
            assertTrue(word.forms().contains(correction), word.forms().toString());
        }

        @Test
        void aFaqPhrasingLeadsToItsSectionThoughTheSectionSharesNoWordWithIt() {
            SearchResult result = Fixture.ANSWERING.search("must I show up to every lesson");

            Hit top = result.answers().get(0);
            assertEquals("fixture-rules#5", top.passage().key());
            assertEquals("Do I have to be in class?", top.faqQuestion());
            assertEquals(0.0, top.textScore() + top.unitScore(), "the section's own text has none of these words");
            assertTrue(top.faqScore() > 0);
        }

        @Test
        void theSameQuestionAlwaysGivesTheSameRanking() {
            String question = "exam registration deadline for the final test dissertation";

            List<String> first = keys(SEARCH.search(question));
            for (int i = 0; i < 5; i++) {
                assertEquals(first, keys(SEARCH.search(question)));
            }
            assertEquals(first, keys(new RegulationSearch(SearchIndex.build(Fixture.KNOWLEDGE), SearchTuning.DEFAULT)
                    .search(question)));
        }
    }

    @Nested
    class Ties {

        @TempDir
        Path dir;

        @Test
        void passagesWithEqualScoresAreOrderedByKey() throws IOException {
            // twin-b comes first in the file, so Lucene alone would rank it first on a tie.
            Files.writeString(dir.resolve("twins.md"), """
                    ---
                    id: twins
                    title: Twins
                    source: tests
                    academic-year: 2022/23
                    ---

                    ## Twin {#twin-b}

                    Studio attendance is compulsory.

                    ## Twin {#twin-a}

                    Studio attendance is compulsory.

                    ## Other {#other}

                    Workshops give credits.
                    """);
            RegulationSearch search = new RegulationSearch(SearchIndex.build(KnowledgeLoader.load(dir)),
                    SearchTuning.DEFAULT);

            SearchResult result = search.search("studio attendance");

            assertEquals(List.of("twins#twin-a", "twins#twin-b"), keys(result));
            assertEquals(result.candidates().get(0).score(), result.candidates().get(1).score());
        }
    }

    @Nested
    class AnswerShape {

        private static final String EVERYTHING =
                "admission traineeship workshops exam studio dissertation diploma erasmus double degree";

        @Test
        void atMostFiveAnswersThoughMorePassagesMatch() {
            SearchResult result = SEARCH.search(EVERYTHING);

            assertEquals(RegulationSearch.MAX_ANSWERS, result.candidates().size());
            assertEquals(5, RegulationSearch.MAX_ANSWERS);
        }

        @Test
        void eachAnswerIsOnePassageOfOneSectionVerbatimAndFitsAReply() {
            SearchResult result = SEARCH.search(EVERYTHING);

            Set<String> keys = new HashSet<>();
            for (Hit hit : result.candidates()) {
                Passage passage = hit.passage();
                assertTrue(keys.add(passage.key()), "one entry per passage: " + keys(result));
                Section section = Fixture.KNOWLEDGE.section(passage.section()).orElseThrow();
                assertTrue(section.body().contains(passage.text()), passage.key() + " is not verbatim from its section");
                assertTrue(passage.text().length() <= PassageSplitter.MAX_CHARS, passage.key());
                assertFalse(passage.text().contains("\n## "), passage.key() + " runs into another section");
            }
        }

        @Test
        void answersAreBestFirst() {
            List<Hit> hits = SEARCH.search(EVERYTHING).candidates();

            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), keys(hits).toString());
            }
        }

        @Test
        void aSectionLongerThanAReplyIsAnsweredWithThePartThatHoldsTheAnswer() {
            Section finalTest = Fixture.KNOWLEDGE.section(new it.polimi.auic.advisor.knowledge.SectionRef(
                    "fixture-rules", "6")).orElseThrow();
            assertTrue(finalTest.body().length() > PassageSplitter.MAX_CHARS, "the fixture must keep a long section");

            Passage part = SEARCH.search("who collects the diploma after the proclamation").candidates().get(0).passage();

            assertEquals("fixture-rules#6/2", part.key());
            assertTrue(part.text().contains("The diploma is issued by the student office"));
            assertFalse(part.text().contains("The final test consists of the discussion"));
            assertEquals("6 Final Test", part.sectionLabel());
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest
        @ValueSource(strings = {"What is the weather in Rome tomorrow?", "Where can I buy a pizza near the station?",
            "what's the capital of Australia?"})
        void aQuestionAboutSomethingElseIsRefused(String question) {
            SearchResult result = SEARCH.search(question);

            assertFalse(result.answerable(), () -> "answered from " + topKey(result) + " at " + result.confidence());
            assertEquals(List.of(), result.answers());
            assertTrue(result.confidence() < SEARCH.tuning().confidence().threshold());
        }

        @Test
        void candidatesStayVisibleToTutorsWhenTheAnswerIsRefused() {
            SearchResult result = SEARCH.search("tell me about the workshp");

            assertFalse(result.answerable());
            assertEquals(List.of(), result.answers());
            assertEquals("fixture-rules#3", topKey(result));
        }
    }

    @Nested
    class UserTextIsNeverQuerySyntax {

        private static final Set<String> OUR_FIELDS = Set.copyOf(java.util.stream.Stream.concat(
                SearchFields.ENGLISH.all().stream(), SearchFields.ITALIAN.all().stream()).toList());

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"title:(foo AND", "body:x OR *", "\"unclosed", "a~2 b^10", "\\", "\\\\", "*:*",
            "key:fixture-rules#4", "kind:faq AND NOT body:exam", "studio~ attendance^5 -exam +workshop",
            "exam* ses?ion /reg.*x/", "((((((", "[1 TO 5]", "{!lucene}studio", "\"exam sessions\"~3"})
        void operatorsAreWordsOrNothing(String question) {
            SearchResult result = assertDoesNotThrow(() -> SEARCH.search(question));

            Query query = result.plan().query();
            for (Term term : terms(query)) {
                assertTrue(OUR_FIELDS.contains(term.field()), "a clause on field '" + term.field() + "': " + query);
            }
            String text = query.toString();
            for (String field : List.of("title:", "key:", "kind:", "target:")) {
                assertFalse(text.matches("(?s)(^|.*[\\s(])" + field + ".*"), "field from the user in " + text);
            }
            visitClauses(query, (occur, clause) -> {
                assertEquals(BooleanClause.Occur.SHOULD, occur, "AND/NOT/+/- taken as operators: " + query);
                assertFalse(clause instanceof org.apache.lucene.search.WildcardQuery
                        || clause instanceof org.apache.lucene.search.PrefixQuery
                        || clause instanceof org.apache.lucene.search.RegexpQuery
                        || clause instanceof org.apache.lucene.search.TermRangeQuery
                        || clause instanceof org.apache.lucene.search.MatchAllDocsQuery
                        || clause instanceof org.apache.lucene.search.PhraseQuery, "syntax taken as query: " + query);
            });
        }

        @Test
        void boostsAndFuzzinessComeFromTheTuningNeverFromTheQuestion() {
            Query query = SEARCH.search("a~2 b^10 studio^10 workshops~2").plan().query();

            List<Float> boosts = new ArrayList<>();
            List<FuzzyQuery> fuzzy = new ArrayList<>();
            visitClauses(query, (occur, clause) -> {
                if (clause instanceof BoostQuery boost) {
                    boosts.add(boost.getBoost());
                }
                if (clause instanceof FuzzyQuery f) {
                    fuzzy.add(f);
                }
            });
            SearchTuning tuning = SEARCH.tuning();
            Set<Float> allowed = new HashSet<>(List.of(tuning.bodyBoost(), tuning.headingBoost(), tuning.faqBoost(),
                    tuning.unitBoost(), tuning.fuzzyBoost()));
            assertTrue(allowed.containsAll(boosts), boosts + " in " + query);
            assertEquals(List.of(), fuzzy, "known words and short words get no typo clause: " + query);
        }

        @Test
        void aStarAloneMatchesNothing() {
            SearchResult result = SEARCH.search("*:*");

            assertEquals(List.of(), result.candidates());
            assertFalse(result.answerable());
        }

        @Test
        void aWordWithAColonIsOneWordNotAField() {
            Query query = SEARCH.search("body:x OR *").plan().query();

            assertTrue(terms(query).contains(new Term(SearchFields.ENGLISH.body(), "body:x")), query.toString());
            assertFalse(terms(query).contains(new Term(SearchFields.ENGLISH.body(), "x")), query.toString());
        }
    }

    @Nested
    class BadInputNeverThrows {

        static Stream<Arguments> hostileQuestions() {
            return Stream.of(
                    Arguments.of("empty", ""),
                    Arguments.of("only spaces", "     \t  "),
                    Arguments.of("twenty thousand characters", "studio attendance ".repeat(1112)),
                    Arguments.of("NUL and control characters", "studio\u0000attendance\u0007\u001b[31m\u0008\r\n"),
                    Arguments.of("only control characters", "\u0000\u0001\u0002\u007f"),
                    Arguments.of("emoji", "🎓📚 studio attendance? 👍🏽👨‍👩‍👧"),
                    Arguments.of("only emoji", "🎓📚👍🏽"),
                    Arguments.of("HTML", "<b>&amp;</b><script>alert(1)</script>"),
                    Arguments.of("Markdown", "**studio** _attendance_ `code` [link](http://x) # heading"),
                    Arguments.of("right-to-left text", "ما هي قواعد الامتحانات؟ \u202Eexam\u202C"),
                    Arguments.of("one very long word", "x".repeat(5000)),
                    Arguments.of("long word just under the fuzzy limits", "workshopworkshopworkshop".repeat(10)),
                    Arguments.of("lone surrogates", "exam \uD83D and \uDE00 studio"),
                    Arguments.of("emoji cut at the length limit", "a ".repeat(299) + "🎓🎓🎓"),
                    Arguments.of("null", null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("hostileQuestions")
        void searchingExplainingAndQuotingNeverThrow(String name, String question) {
            SearchResult result = assertDoesNotThrow(() -> SEARCH.search(question));

            assertTrue(result.question().length() <= SEARCH.tuning().maxQuestionChars());
            assertTrue(result.candidates().size() <= RegulationSearch.MAX_ANSWERS);
            assertDoesNotThrow(() -> SEARCH.explain(result).toText());
            result.quote().ifPresent(quote -> quote.sentences().forEach(
                    q -> assertTrue(result.candidates().get(0).passage().text().contains(q), q)));
        }

        @ParameterizedTest(name = "hostile text {index}")
        @ValueSource(strings = {"", "   ", "\u0000", "🎓📚👍🏽", "<b>&amp;</b>", "ما هي قواعد الامتحانات؟"})
        void textWithoutRegulationWordsIsNotAnswered(String question) {
            assertEquals(List.of(), SEARCH.search(question).answers());
        }

        @Test
        void markupAroundWordsDoesNotHideThem() {
            assertEquals("fixture-rules#5", topKey(SEARCH.search("**studio** <i>attendance</i> compulsory?")));
        }

        @Test
        void controlCharactersSeparateWords() {
            assertEquals("fixture-rules#5", topKey(SEARCH.search("studio\u0000attendance\u0007compulsory")));
        }
    }

    private static List<String> keys(SearchResult result) {
        return keys(result.candidates());
    }

    private static List<String> keys(List<Hit> hits) {
        return hits.stream().map(h -> h.passage().key()).toList();
    }

    /** Every term of the query, typo-tolerant ones included. */
    static Set<Term> terms(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        visitClauses(query, (occur, clause) -> {
            if (clause instanceof FuzzyQuery fuzzy) {
                terms.add(fuzzy.getTerm());
            }
        });
        return terms;
    }

    /** Calls {@code visitor} for {@code query} and every query nested in it, with how it must occur. */
    static void visitClauses(Query query, BiConsumer<BooleanClause.Occur, Query> visitor) {
        walk(query, BooleanClause.Occur.SHOULD, visitor);
    }

    private static void walk(Query query, BooleanClause.Occur occur, BiConsumer<BooleanClause.Occur, Query> visitor) {
        visitor.accept(occur, query);
        if (query instanceof BoostQuery boost) {
            walk(boost.getQuery(), occur, visitor);
        } else if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                walk(clause.getQuery(), clause.getOccur(), visitor);
            }
        }
    }
}
