package it.polimi.auic.advisor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/** How rare a word is across the passages (BM25's idf): rare words say more about what a question asks. */
final class Rarity {

    private Rarity() {
    }

    /** The idf of {@code term} in {@code field}; a word found nowhere counts as found once. */
    static double idf(IndexReader reader, String field, String term) {
        try {
            int passages = Math.max(1, reader.getDocCount(field));
            int df = Math.max(1, reader.docFreq(new Term(field, term)));
            return Math.log(1 + (passages - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
