package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.knowledge.Terms;
import it.polimi.auic.advisor.search.StopWords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a question is about, as a set of word stems: "How do I find accommodation in Milan?" and
 * "where to find accommodation milan" both become {accommod, milan}. Question words, pronouns and
 * verbs that every question has ("how", "can", "need", "find") are dropped, in English and Italian,
 * so that only the topic is left to compare.
 */
final class QuestionTerms {

    /**
     * Words of asking rather than of topic, beyond those the search already ignores; written with accents
     * folded, as the analysis folds them before dropping stop words.
     */
    private static final List<String> ASKING_WORDS = List.of(
            "dear", "find", "help", "ask", "possible", "question", "information", "info",
            "puoi", "trovare", "sapere");

    /** The search's own analysis (folding, elisions, stems), with its stop words and the asking words. */
    private static final Analyzer ANALYZER = Terms.analyzer(stopWords());

    private QuestionTerms() {
    }

    /**
     * The question's stems, sorted. A question made only of asking words or symbols ("help?", "🙂")
     * has no topic: it is then kept whole, so that only the very same text falls in with it.
     */
    static Set<String> of(String question) {
        Set<String> terms = analyze(question);
        if (terms.isEmpty()) {
            terms.add("=" + question.strip().toLowerCase(Locale.ROOT));
        }
        return terms;
    }

    private static Set<String> analyze(String text) {
        Set<String> terms = new TreeSet<>();
        try (TokenStream stream = ANALYZER.tokenStream("question", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysing a String reads no file; this cannot happen.
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(StopWords.SET, true);
        words.addAll(ASKING_WORDS);
        return CharArraySet.unmodifiableSet(words);
    }
}
