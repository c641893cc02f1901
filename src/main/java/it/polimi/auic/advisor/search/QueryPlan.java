package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.language.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * What a question became before searching: the Lucene query and the question's meaningful words with
 * how each was found, from which the advisor judges whether the question is about the regulations at all.
 *
 * @param query    the Lucene query
 * @param words    the question's meaningful words, in order of first appearance
 * @param language the language the question was analysed in (its words are that language's terms)
 */
public record QueryPlan(Query query, List<QueryWord> words, Language language) {

    public QueryPlan {
        words = List.copyOf(words);
    }

    /**
     * Share of the question's word weight found in one passage's vocabulary: a question about the
     * regulations finds most of its words together, a question about something else at most scattered.
     */
    public double coverageWithin(Set<String> vocabulary) {
        double total = totalWeight();
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
    public Set<String> forms() {
        Set<String> forms = new HashSet<>();
        words.forEach(w -> forms.addAll(w.forms()));
        return forms;
    }

    /** The sum of the question's word weights. */
    public double totalWeight() {
        return words.stream().mapToDouble(QueryWord::weight).sum();
    }

    /** Share of the question's word weight the regulations cover, 0 for a question without meaningful words. */
    public double coverage() {
        double total = totalWeight();
        return total == 0 ? 0 : words.stream().mapToDouble(QueryWord::coveredWeight).sum() / total;
    }
}
