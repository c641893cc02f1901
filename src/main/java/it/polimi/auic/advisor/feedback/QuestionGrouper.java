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

    /** Groups of similar items, each word only itself: {@link #group(List, Function, QuestionTerms)}. */
    static <T> List<List<T>> group(List<T> items, Function<T, String> question) {
        return group(items, question, QuestionTerms.PLAIN);
    }

    /** Groups of similar items, each group in the items' order, the groups in no particular order. */
    static <T> List<List<T>> group(List<T> items, Function<T, String> question, QuestionTerms questionTerms) {
        Map<Set<String>, List<T>> byTerms = new LinkedHashMap<>();
        for (T item : items) {
            byTerms.computeIfAbsent(questionTerms.of(question.apply(item)), terms -> new ArrayList<>()).add(item);
        }
        List<Wording<T>> wordings = new ArrayList<>();
        byTerms.forEach((terms, asked) -> wordings.add(new Wording<>(terms, String.join(" ", terms), asked)));
        // Most asked first, then by stems, so that leaders are chosen the same way on every run.
        wordings.sort(Comparator.comparingInt((Wording<T> w) -> -w.asked().size()).thenComparing(Wording::key));
        Vectors vectors = Vectors.of(wordings.stream().map(Wording::terms).toList());

        List<List<T>> groups = new ArrayList<>();
        double[] leaderNorms = new double[wordings.size()];
        // Leaders by stem: only a leader sharing a stem can reach the threshold, so only those are scored,
        // adding up the weight they share stem by stem as a search engine scores documents.
        List<List<Integer>> leadersByTerm = new ArrayList<>();
        for (int t = 0; t < vectors.termCount(); t++) {
            leadersByTerm.add(new ArrayList<>());
        }
        double[] shared = new double[wordings.size()];
        int[] touched = new int[wordings.size()];
        for (int w = 0; w < wordings.size(); w++) {
            int[] terms = vectors.terms().get(w);
            double[] squaredWeights = vectors.squaredWeights().get(w);
            int touchedCount = 0;
            for (int i = 0; i < terms.length; i++) {
                for (int leader : leadersByTerm.get(terms[i])) {
                    if (shared[leader] == 0) {
                        touched[touchedCount++] = leader;
                    }
                    shared[leader] += squaredWeights[i];
                }
            }
            int best = -1;
            double bestScore = THRESHOLD;
            for (int k = 0; k < touchedCount; k++) {
                int leader = touched[k];
                double score = shared[leader] / (vectors.norms()[w] * leaderNorms[leader]);
                shared[leader] = 0;
                // Ties go to the earlier (more asked) leader, whatever order the stems were visited in.
                if (score > bestScore || (score == bestScore && (best < 0 || leader < best))) {
                    best = leader;
                    bestScore = score;
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
                leaderNorms[best] = vectors.norms()[w];
                for (int term : terms) {
                    leadersByTerm.get(term).add(best);
                }
            }
            groups.get(best).addAll(wordings.get(w).asked());
        }
        return groups;
    }

    /** One way of asking: its stems, those stems as one sortable text, and every item that reduced to them. */
    private record Wording<T>(Set<String> terms, String key, List<T> asked) {
    }

    /**
     * Each stem set as stem numbers with the square of each stem's weight, and its norm. A stem found in
     * few of the distinct wordings weighs more: 1 + ln((n + 1) / (df + 1)), smoothed so that a stem found
     * in every wording still counts.
     */
    private record Vectors(int termCount, List<int[]> terms, List<double[]> squaredWeights, double[] norms) {

        static Vectors of(List<Set<String>> termSets) {
            Map<String, Integer> numbers = new HashMap<>();
            List<Integer> documentFrequency = new ArrayList<>();
            for (Set<String> terms : termSets) {
                for (String term : terms) {
                    int number = numbers.computeIfAbsent(term, t -> numbers.size());
                    if (number == documentFrequency.size()) {
                        documentFrequency.add(0);
                    }
                    documentFrequency.set(number, documentFrequency.get(number) + 1);
                }
            }
            double n = termSets.size();
            List<int[]> allTerms = new ArrayList<>(termSets.size());
            List<double[]> allWeights = new ArrayList<>(termSets.size());
            double[] norms = new double[termSets.size()];
            for (int s = 0; s < termSets.size(); s++) {
                int[] ids = termSets.get(s).stream().mapToInt(numbers::get).toArray();
                double[] squared = new double[ids.length];
                double sum = 0;
                for (int i = 0; i < ids.length; i++) {
                    double weight = 1 + Math.log((n + 1) / (documentFrequency.get(ids[i]) + 1));
                    squared[i] = weight * weight;
                    sum += squared[i];
                }
                allTerms.add(ids);
                allWeights.add(squared);
                norms[s] = Math.sqrt(sum);
            }
            return new Vectors(numbers.size(), allTerms, allWeights, norms);
        }
    }
}
