package it.polimi.auic.advisor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a candidate quote by the question's words it contains, each weighted by how rare it is across the
 * regulations (the highlighter alone, without the index, would weigh "exam" like "propaedeutic"), with a
 * mild preference for shorter units.
 */
final class RarityPassageScorer extends PassageScorer {

    private static final float LENGTH_PIVOT = 200f;

    private final IndexReader reader;

    RarityPassageScorer(IndexReader reader) {
        this.reader = reader;
    }

    @Override
    public float score(Passage passage, int contentLength) {
        Set<BytesRef> distinct = new HashSet<>();
        double score = 0;
        BytesRef[] terms = passage.getMatchTerms();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            if (distinct.add(terms[i])) {
                score += idf(terms[i].utf8ToString());
            }
        }
        double lengthPenalty = 1 + 0.25 * passage.getLength() / LENGTH_PIVOT;
        return (float) (score / lengthPenalty);
    }

    private double idf(String term) {
        try {
            int passages = Math.max(1, reader.getDocCount(SearchFields.BODY));
            int df = reader.docFreq(new Term(SearchFields.BODY, term));
            return Math.log(1 + (passages - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
