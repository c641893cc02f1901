package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.knowledge.Glossary;
import it.polimi.auic.advisor.knowledge.Terms;
import it.polimi.auic.advisor.search.StopWords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * What a question is about, as a set of word stems: "How do I find accommodation in Milan?" and
 * "where to find accommodation milan" both become {accommod, milan}. Question words, pronouns and
 * verbs that every question has ("how", "can", "need", "find") are dropped, in English and Italian,
 * so that only the topic is left to compare. Words and phrases of the glossary become the name of their
 * class ({@link GlossaryClasses}), so that a student's Italian word and the regulation's English one meet.
 */
final class QuestionTerms {

    /** Without a glossary: each word is only itself. */
    static final QuestionTerms PLAIN = new QuestionTerms(GlossaryClasses.NONE);

    /**
     * Words of asking rather than of topic, beyond those the search already ignores; written with accents
     * folded, as the analysis folds them before dropping stop words.
     */
    private static final List<String> ASKING_WORDS = List.of(
            "dear", "find", "help", "ask", "possible", "question", "information", "info",
            "puoi", "trovare", "sapere");

    private static final CharArraySet STOP_WORDS = stopWords();

    /**
     * The search's own steps (folding, elisions, Porter stems), each word given twice: as folded, to tell
     * stop words, and as stemmed. Stop words stay in the stream so that glossary phrases match whole.
     */
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer,
                    new PorterStemFilter(new KeywordRepeatFilter(Terms.fold(tokenizer))));
        }
    };

    private final GlossaryClasses glossary;

    QuestionTerms(GlossaryClasses glossary) {
        this.glossary = glossary;
    }

    static QuestionTerms withGlossary(Glossary glossary) {
        return new QuestionTerms(GlossaryClasses.of(glossary));
    }

    /**
     * The question's stems, sorted. A question made only of asking words or symbols ("help?", "🙂")
     * has no topic: it is then kept whole, so that only the very same text falls in with it.
     */
    Set<String> of(String question) {
        Set<String> terms = analyze(question);
        if (terms.isEmpty()) {
            terms.add("=" + question.strip().toLowerCase(Locale.ROOT));
        }
        return terms;
    }

    private Set<String> analyze(String text) {
        List<String> folded = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("question", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                (keyword.isKeyword() ? folded : stems).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysing a String reads no file; this cannot happen.
            throw new UncheckedIOException(e);
        }
        Set<String> terms = new TreeSet<>();
        for (int i = 0; i < stems.size(); ) {
            GlossaryClasses.Phrase phrase = glossary.longestAt(stems, i);
            int length = phrase == null ? 1 : phrase.stems().size();
            // A lone stop word stays out even when the glossary lists it ("info"); a phrase counts whole ("how long").
            if (length > 1 || !STOP_WORDS.contains(folded.get(i))) {
                terms.add(phrase == null ? stems.get(i) : phrase.canonical());
            }
            i += length;
        }
        return terms;
    }

    /** A text's words as {@code analyzer} gives them, in order. */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("question", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(StopWords.SET, true);
        words.addAll(ASKING_WORDS);
        return CharArraySet.unmodifiableSet(words);
    }
}
