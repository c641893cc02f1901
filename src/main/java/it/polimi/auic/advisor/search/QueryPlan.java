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

    /** Share of the question's word weight the regulations cover, 0 for a question without meaningful words. */
    public double coverage() {
        double total = words.stream().mapToDouble(QueryWord::weight).sum();
        return total == 0 ? 0 : words.stream().mapToDouble(QueryWord::coveredWeight).sum() / total;
    }
}
