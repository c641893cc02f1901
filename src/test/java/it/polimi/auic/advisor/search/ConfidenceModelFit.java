package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.evaluation.EvalQuestion;
import it.polimi.auic.advisor.evaluation.QuestionSet;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refits {@link ConfidenceModel} on question files: logistic regression of "the question is about the
 * regulations" on the {@link AnswerEvidence} of its best passage, out-of-scope questions weighted more
 * (refusing them all matters). Prints the new weights and what they do at several thresholds.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=it.polimi.auic.advisor.search.ConfidenceModelFit \
 *     -Dexec.args="src/test/resources/eval/questions-tuning.json"
 * </pre>
 */
public final class ConfidenceModelFit {

    private static final double OUT_OF_SCOPE_WEIGHT = 3.0;
    private static final double L2 = 0.1;
    private static final int ITERATIONS = 20_000;
    private static final double LEARNING_RATE = 0.1;

    private record Sample(double[] features, boolean inScope, boolean topCorrect) {
    }

    private ConfidenceModelFit() {
    }

    public static void main(String[] args) {
        RegulationSearch search = new RegulationSearch(
                SearchIndex.build(KnowledgeLoader.load(Path.of("knowledge"))), SearchTuning.DEFAULT);
        List<Sample> samples = new ArrayList<>();
        for (String file : args) {
            for (EvalQuestion q : QuestionSet.read(Path.of(file)).questions()) {
                SearchResult result = search.search(q.question());
                boolean correct = !q.abstain() && !result.candidates().isEmpty()
                        && q.accepts(result.candidates().get(0).passage().text());
                samples.add(new Sample(ConfidenceModel.features(result.evidence()), !q.abstain(), correct));
            }
        }
        double[] w = fit(samples);
        System.out.printf(Locale.ROOT, "new ConfidenceModel(%s, THRESHOLD)%n", join(w));
        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            report(ConfidenceModel.withWeights(w, threshold), samples);
        }
    }

    static double[] fit(List<Sample> samples) {
        int n = samples.get(0).features().length + 1;
        double[] w = new double[n];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[n];
            for (Sample s : samples) {
                double p = 1 / (1 + Math.exp(-dot(w, s.features())));
                double error = (p - (s.inScope() ? 1 : 0)) * (s.inScope() ? 1 : OUT_OF_SCOPE_WEIGHT);
                for (int j = 0; j < n - 1; j++) {
                    gradient[j] += error * s.features()[j];
                }
                gradient[n - 1] += error;
            }
            for (int j = 0; j < n; j++) {
                double penalty = j < n - 1 ? L2 * w[j] : 0;
                w[j] -= LEARNING_RATE * (gradient[j] / samples.size() + penalty);
            }
        }
        return w;
    }

    private static double dot(double[] w, double[] x) {
        double z = w[w.length - 1];
        for (int j = 0; j < x.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }

    private static void report(ConfidenceModel model, List<Sample> samples) {
        int inScope = 0;
        int correctAnswered = 0;
        int outOfScope = 0;
        int refused = 0;
        int wronglyRefused = 0;
        for (Sample s : samples) {
            boolean answers = 1 / (1 + Math.exp(-dot(weights(model), s.features()))) >= model.threshold();
            if (s.inScope()) {
                inScope++;
                correctAnswered += answers && s.topCorrect() ? 1 : 0;
                wronglyRefused += answers ? 0 : 1;
            } else {
                outOfScope++;
                refused += answers ? 0 : 1;
            }
        }
        System.out.printf(Locale.ROOT, "threshold %.1f: R@1 %.3f, out-of-scope refused %d/%d, in-scope refused %d%n",
                model.threshold(), correctAnswered / (double) inScope, refused, outOfScope, wronglyRefused);
    }

    private static double[] weights(ConfidenceModel m) {
        return new double[] {m.coverage(), m.focus(), m.logTopScore(), m.logUnexplained(), m.logExplained(),
            m.logFaqScore(), m.runnerUp(), m.faqCovers(), m.unitCovers(), m.bias()};
    }

    private static String join(double[] w) {
        StringBuilder s = new StringBuilder();
        for (double v : w) {
            s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
        }
        return s.toString();
    }
}
