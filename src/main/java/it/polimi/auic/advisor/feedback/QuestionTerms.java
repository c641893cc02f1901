package it.polimi.auic.advisor.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * What a question is about, as a set of word stems: "How do I find accommodation in Milan?" and
 * "where to find accommodation milan" both become {accommod, milan}. Question words, pronouns and
 * verbs that every question has ("how", "can", "need", "find") are dropped, in English and Italian,
 * so that only the topic is left to compare.
 */
final class QuestionTerms {

    /** Words of asking rather than of topic, beyond Lucene's English and Italian stop words. */
    private static final List<String> ASKING_WORDS = List.of(
            "how", "what", "where", "when", "which", "who", "whom", "whose", "why",
            "do", "does", "did", "can", "could", "would", "should", "shall", "may", "might", "must",
            "i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "he", "she", "him", "her",
            "am", "been", "being", "have", "has", "had", "any", "some", "from", "about", "many", "much",
            "please", "hi", "hello", "hey", "thanks", "thank", "dear", "ok", "okay", "also", "still",
            "need", "needs", "want", "wants", "find", "get", "got", "know", "tell", "help", "ask",
            "possible", "question", "information", "info",
            "posso", "puoi", "può", "devo", "serve", "servono", "vorrei", "bisogna", "quando", "quanti",
            "quante", "quale", "quali", "cosa", "dove", "perché", "trovare", "sapere", "ciao", "grazie");

    private static final CharArraySet STOP_WORDS = stopWords();

    /** Italian articles that cling to the next word ("l'alloggio"). */
    private static final CharArraySet ELIDED_ARTICLES = new CharArraySet(
            List.of("c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl",
                    "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"), true);

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ElisionFilter(stream, ELIDED_ARTICLES);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new ASCIIFoldingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

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
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(ItalianAnalyzer.getDefaultStopSet());
        words.addAll(ASKING_WORDS);
        return CharArraySet.unmodifiableSet(words);
    }
}
