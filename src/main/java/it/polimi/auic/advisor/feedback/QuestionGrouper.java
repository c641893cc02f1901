package it.polimi.auic.advisor.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts similar questions together (leader clustering). Each question becomes its set of stems
 * ({@link QuestionTerms}); two questions are similar when the cosine of their stem sets, each stem
 * weighted by how rare it is among the questions (inverse document frequency), reaches
 * {@link #THRESHOLD}. Rare words ("visa", "accommodation") then decide, and words many questions share
 * ("Milan", "students") cannot join unrelated questions. The most asked wording leads its group and every
 * other joins the most similar leader, so no group drifts away from what its leader asks, and the result
 * depends on the questions only, never on the order they came in.
 */
final class QuestionGrouper {

    /**
     * Two short questions sharing one of two equally rare stems score 0.5 ("erasmus deadline",
     * "alliance4tech deadline"): not enough. Sharing two of three scores 0.67: enough.
     */
    static final double THRESHOLD = 0.6;

    private QuestionGrouper() {
    }

    /** Groups of similar items, each group in the items' order, the groups in no particular order. */
    static <T> List<List<T>> group(List<T> items, Function<T, String> question) {
        Map<Set<String>, List<T>> byTerms = new LinkedHashMap<>();
        for (T item : items) {
            byTerms.computeIfAbsent(QuestionTerms.of(question.apply(item)), terms -> new ArrayList<>()).add(item);
        }
        List<Variant<T>> variants = new ArrayList<>();
        byTerms.forEach((terms, asked) -> variants.add(new Variant<>(terms, asked)));
        // Most asked first, then by stems, so that leaders are chosen the same way on every run.
        variants.sort(Comparator.comparingInt((Variant<T> v) -> -v.asked().size())
                .thenComparing(v -> String.join(" ", v.terms())));
        Map<String, Double> weights = weights(variants);

        List<Leader<T>> leaders = new ArrayList<>();
        for (Variant<T> variant : variants) {
            Leader<T> best = null;
            double bestScore = THRESHOLD;
            for (Leader<T> leader : leaders) {
                double score = cosine(variant.terms(), leader.variant().terms(), weights);
                if (score >= bestScore && (best == null || score > bestScore)) {
                    best = leader;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Leader<>(variant, new ArrayList<>());
                leaders.add(best);
            }
            best.members().addAll(variant.asked());
        }
        return leaders.stream().map(Leader::members).toList();
    }

    /** Stems found in few of the distinct wordings weigh more: 1 + ln((n + 1) / (df + 1)), smoothed. */
    private static Map<String, Double> weights(List<? extends Variant<?>> variants) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Variant<?> variant : variants) {
            for (String term : variant.terms()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Double> weights = new HashMap<>();
        double n = variants.size();
        documentFrequency.forEach((term, df) -> weights.put(term, 1 + Math.log((n + 1) / (df + 1))));
        return weights;
    }

    static double cosine(Set<String> a, Set<String> b, Map<String, Double> weights) {
        double shared = 0;
        for (String term : a) {
            if (b.contains(term)) {
                shared += square(weights.get(term));
            }
        }
        if (shared == 0) {
            return 0;
        }
        return shared / Math.sqrt(norm(a, weights) * norm(b, weights));
    }

    private static double norm(Set<String> terms, Map<String, Double> weights) {
        double sum = 0;
        for (String term : terms) {
            sum += square(weights.get(term));
        }
        return sum;
    }

    private static double square(double x) {
        return x * x;
    }

    /** One way of asking: a set of stems and every question that reduced to it. */
    private record Variant<T>(Set<String> terms, List<T> asked) {
    }

    private record Leader<T>(Variant<T> variant, List<T> members) {
    }
}
