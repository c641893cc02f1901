package it.polimi.auic.advisor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks the sentences of a passage that answer the question, for the short quote a phone shows first.
 * Lucene's highlighter scores each unit ({@link QuoteUnits}: a sentence, or a list with its introduction)
 * against the query.
 */
public final class QuoteSelector {

    /** A quote longer than this keeps only its best sentence. */
    static final int MAX_QUOTE_CHARS = 480;
    private static final int SENTENCES = 2;

    private final UnifiedHighlighter highlighter;

    QuoteSelector(Analyzer indexAnalyzer, IndexReader reader) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withBreakIterator(QuoteUnits::new)
                .withScorer(new RarityPassageScorer(reader))
                .withFormatter(new SentenceFormatter())
                .withHandleMultiTermQuery(true)
                .withMaxNoHighlightPassages(1)
                .withMaxLength(PassageSplitter.MAX_CHARS + 1)
                .build();
    }

    /** The one or two sentences of {@code passage} that best match {@code query}, in reading order. */
    List<String> select(Query query, Passage passage) {
        try {
            Object selected = highlighter.highlightWithoutSearcher(SearchFields.BODY, query, passage.text(), SENTENCES);
            if (selected instanceof String[] sentences && sentences.length > 0) {
                return List.of(sentences);
            }
            return List.of(firstLine(passage.text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Keeps the best sentences within the length a phone screen shows, in the order of the text. */
    private static final class SentenceFormatter extends PassageFormatter {

        @Override
        public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
            org.apache.lucene.search.uhighlight.Passage[] best = passages.clone();
            Arrays.sort(best, Comparator.comparingDouble(org.apache.lucene.search.uhighlight.Passage::getScore)
                    .reversed().thenComparingInt(org.apache.lucene.search.uhighlight.Passage::getStartOffset));
            int keep = best.length;
            int length = 0;
            for (int i = 0; i < best.length; i++) {
                length += best[i].getLength();
                if (i > 0 && length > MAX_QUOTE_CHARS) {
                    keep = i;
                    break;
                }
            }
            return Arrays.stream(best, 0, keep)
                    .sorted(Comparator.comparingInt(org.apache.lucene.search.uhighlight.Passage::getStartOffset))
                    .map(p -> content.substring(p.getStartOffset(), p.getEndOffset()).strip())
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
        }
    }
}
