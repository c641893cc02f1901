package it.polimi.auic.advisor.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * What a question became before searching: the Lucene query and the question's meaningful words with
 * how each was found, from which the advisor judges whether the question is about the regulations at all.
 */
public record QueryPlan(Query query, List<QueryWord> words) {

    public QueryPlan {
        words = List.copyOf(words);
    }

    /**
     * Share of the question's word weight found in one passage's vocabulary: a question about the
     * regulations finds most of its words together, a question about something else at most scattered.
     */
    public double coverageWithin(java.util.Set<String> vocabulary) {
        double total = words.stream().mapToDouble(QueryWord::weight).sum();
        double inside = words.stream()
                .filter(w -> w.forms().stream().anyMatch(vocabulary::contains))
                .mapToDouble(QueryWord::coveredWeight)
                .sum();
        return total == 0 ? 0 : inside / total;
    }

    /**
     * Whether the question names a topic at all: "what time is it?" has only everyday words, and no passage
     * that happens to contain "time" answers it.
     */
    public boolean namesATopic() {
        return words.stream().anyMatch(w -> !w.everyday());
    }

    /** Every indexed word that stands for one of the question's words. */
    public java.util.Set<String> forms() {
        java.util.Set<String> forms = new java.util.HashSet<>();
        words.forEach(w -> forms.addAll(w.forms()));
        return forms;
    }

    /** The sum of the question's word weights. */
    public double totalWeight() {
        return words.stream().mapToDouble(QueryWord::weight).sum();
    }

    /** Share of the question's word weight the regulations cover, 0 for a question without meaningful words. */
    public double coverage() {
        double total = words.stream().mapToDouble(QueryWord::weight).sum();
        return total == 0 ? 0 : words.stream().mapToDouble(QueryWord::coveredWeight).sum() / total;
    }
}
