package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.knowledge.SectionRef;
import java.util.List;
import java.util.Optional;
import it.polimi.auic.advisor.knowledge.FaqEntry;
import it.polimi.auic.advisor.knowledge.SectionRef;
import it.polimi.auic.advisor.language.Language;
import java.util.Set;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The evidence for answering, and the logistic model that weighs it into a confidence. */
class ConfidenceModelTest {

    private static final AnswerEvidence EVIDENCE = new AnswerEvidence(0.8, 0.6, 12.0, 0.5, 3.0, 2.0, 0.4, 0.9, 0.7);

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static Passage passage(String key) {
        return new Passage(key, new SectionRef("doc", key), "Doc", key, key, "text of " + key);
    }

    private static QueryWord word(String term, QueryWord.Match match, double weight, String... forms) {
        Set<String> all = new java.util.HashSet<>(List.of(forms));
        all.add(term);
        return new QueryWord(term, match, weight, all);
    }

    @Nested
    class Model {

        @Test
        void allZeroWeightsGiveOneHalf() {
            assertEquals(0.5, new ConfidenceModel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5).confidence(EVIDENCE), 1e-12);
        }

        @Test
        void eachWeightMultipliesItsFeature() {
            ConfidenceModel model = new ConfidenceModel(1, 2, 3, 4, 5, 6, 7, 8, 9, -1, 0.5);

            double z = -1 + 0.8 + 2 * 0.6 + 3 * Math.log1p(12) + 4 * Math.log1p(0.5) + 5 * Math.log1p(3)
                    + 6 * Math.log1p(2) + 7 * 0.4 + 8 * 0.9 + 9 * 0.7;
            assertEquals(sigmoid(z), model.confidence(EVIDENCE), 1e-12);
        }

        @Test
        void featuresAndWeightsLineUpForTheFittingTool() {
            double[] w = {0.3, -0.2, 0.5, -0.9, 0.6, 0.4, 0.1, 0.8, 0.2, -2.0};
            ConfidenceModel model = ConfidenceModel.withWeights(w, 0.7);
            double[] x = ConfidenceModel.features(EVIDENCE);

            double z = w[w.length - 1];
            for (int i = 0; i < x.length; i++) {
                z += w[i] * x[i];
            }
            assertEquals(sigmoid(z), model.confidence(EVIDENCE), 1e-12);
            assertEquals(0.7, model.threshold());
        }

        @Test
        void theTunedModelTrustsCoverageAndDistrustsUnexplainedWords() {
            ConfidenceModel tuned = SearchTuning.DEFAULT.confidence();
            AnswerEvidence covered = new AnswerEvidence(1, 1, 20, 0, 4, 5, 0.2, 0, 0);
            AnswerEvidence unexplained = new AnswerEvidence(0.3, 0.3, 20, 6, 1, 5, 0.2, 0, 0);

            assertTrue(tuned.confidence(covered) >= tuned.threshold(), "a fully covered question is answered");
            assertTrue(tuned.confidence(unexplained) < tuned.threshold(), "a question of unknown words is refused");
            assertTrue(tuned.confidence(new AnswerEvidence(1, 1, 20, 2, 4, 5, 0.2, 0, 0)) < tuned.confidence(covered),
                    "unknown words lower the confidence");
            assertTrue(tuned.confidence(new AnswerEvidence(0.5, 0.5, 20, 0, 2, 5, 0.2, 0, 0)) < tuned.confidence(covered),
                    "less of the question covered lowers the confidence");
        }

        @Test
        void retuningSwapsOnlyTheModel() {
            ConfidenceModel other = new ConfidenceModel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.9);
            SearchTuning tuning = SearchTuning.DEFAULT.withConfidence(other);

            assertEquals(other, tuning.confidence());
            assertEquals(SearchTuning.DEFAULT, tuning.withConfidence(SearchTuning.DEFAULT.confidence()));
        }

        @Test
        void theThresholdDecidesWhetherTheSearchAnswers() {
            SearchTuning never = SearchTuning.DEFAULT.withConfidence(new ConfidenceModel(0, 0, 0, 0, 0, 0, 0, 0, 0, -50, 0.5));
            SearchTuning always = SearchTuning.DEFAULT.withConfidence(new ConfidenceModel(0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 0.5));
            String question = "Is studio attendance compulsory?";

            assertEquals(List.of(), new RegulationSearch(Fixture.INDEX, never).search(question).answers());
            assertEquals("fixture-rules#5",
                    new RegulationSearch(Fixture.INDEX, always).search(question).answers().get(0).passage().key());
            assertEquals(List.of(), new RegulationSearch(Fixture.INDEX, always).search("").answers(),
                    "without any candidate there is nothing to answer from");
        }
    }

    @Nested
    class Evidence {

        private static final FaqEntry FAQ = new FaqEntry("FAQ?", List.of(), new SectionRef("d", "a"),
                List.of(new FaqEntry.Answer("A.", 3)), java.nio.file.Path.of("faq.md"), 1, 2);

        private final QueryPlan plan = new QueryPlan(new MatchNoDocsQuery(), List.of(
                word("studio", QueryWord.Match.EXACT, 2.0),
                word("tirocinio", QueryWord.Match.SYNONYM, 1.0, "traineeship"),
                word("wokshop", QueryWord.Match.FUZZY, 1.0, "workshop"),
                word("gym", QueryWord.Match.NONE, 1.0)), Language.EN);

        @Test
        void coverageCountsFoundWordsByWeightAndTypoMatchesPartly() {
            assertEquals((2.0 + 1.0 + 0.6 + 0) / 5.0, plan.coverage(), 1e-12);
            assertEquals(5.0, plan.totalWeight(), 1e-12);
        }

        @Test
        void coverageWithinAPassageCountsTheWordsWhoseFormsItHolds() {
            assertEquals(2.0 / 5.0, plan.coverageWithin(Set.of("studio", "exam")), 1e-12);
            assertEquals((1.0 + 0.6) / 5.0, plan.coverageWithin(Set.of("traineeship", "workshop")), 1e-12);
            assertEquals(0.0, plan.coverageWithin(Set.of("gym")), 1e-12, "an unknown word is never covered");
        }

        @Test
        void aQuestionWithoutMeaningfulWordsCoversNothing() {
            QueryPlan empty = new QueryPlan(new MatchNoDocsQuery(), List.of(), Language.EN);

            assertEquals(0.0, empty.coverage());
            assertEquals(0.0, empty.coverageWithin(Set.of("studio")));
        }

        @Test
        void evidenceFromTheBestTwoHits() {
            Hit top = new Hit(passage("a"), 10, 4, 3, 3, List.of(new FaqMatch(FAQ, 3, 1)));
            Hit second = new Hit(passage("b"), 4, 4, 0, 0, List.of());

            AnswerEvidence e = AnswerEvidence.of(plan, List.of(top, second), Set.of("studio", "traineeship"), 0);

            assertEquals(new AnswerEvidence(3.6 / 5.0, 3.0 / 5.0, 10, 1.0, 3.0, 3, 0.4, 1, 0), rounded(e));
        }

        @Test
        void evidenceWithoutHits() {
            AnswerEvidence e = AnswerEvidence.of(plan, List.of(), Set.of(), 0);

            assertEquals(new AnswerEvidence(3.6 / 5.0, 0, 0, 1.0, 0, 0, 0, 0, 0), rounded(e));
        }

        @Test
        void oneHitHasNoRunnerUp() {
            AnswerEvidence e = AnswerEvidence.of(plan, List.of(new Hit(passage("a"), 5, 5, 0, 0, List.of())), Set.of(), 0);

            assertEquals(0.0, e.runnerUp());
        }

        private AnswerEvidence rounded(AnswerEvidence e) {
            return new AnswerEvidence(round(e.coverage()), round(e.focus()), round(e.topScore()), round(e.unexplained()),
                    round(e.explained()), round(e.faqScore()), round(e.runnerUp()), round(e.faqCovers()), round(e.unitCovers()));
        }

        private double round(double v) {
            return Math.round(v * 1e9) / 1e9;
        }
    }
}
