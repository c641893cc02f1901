package it.polimi.auic.advisor.knowledge;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import it.polimi.auic.advisor.language.Language;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How words are normalised everywhere: the glossary's rules, the index, and students' questions go
 * through the same steps, so "Internships", "internship" and a glossary's "internship" meet.
 *
 * <p>There are two sets of steps, one per language a question comes in. English: Porter stemming. Italian:
 * Italian endings removed as well (Lucene's light Italian stemmer, after English plurals), so "tirocinio"
 * and "tirocini", "crediti" and "credito" meet; the index holds the regulation text analysed both ways, so
 * an Italian question meets the English words it uses ("workshop", "portfolio") the same way too.
 */
public final class Terms {

    private Terms() {
    }

    /** Italian articles and prepositions that students elide: "l'esame", "dell'immatricolazione". */
    private static final CharArraySet ITALIAN_ELISIONS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "l", "un", "d", "dell", "all", "dall", "nell", "sull", "coll", "quest", "quell", "c", "m", "t", "s", "v",
            "n", "tutt", "sant", "nessun", "dov", "cos", "com", "qual", "quant", "anch", "null"), true));

    /**
     * Drops English possessives and Italian elisions, lower-cases, folds accents, drops {@code stopWords}
     * (which must be written folded: "perche", not "perché"), stems (Porter).
     */
    public static TokenStream normalize(TokenStream tokens, CharArraySet stopWords) {
        TokenStream stream = fold(tokens);
        if (!stopWords.isEmpty()) {
            stream = new StopFilter(stream, stopWords);
        }
        return new PorterStemFilter(stream);
    }

    /** The steps of {@code language}: {@link #normalize} for English, {@link #normalizeItalian} for Italian. */
    public static TokenStream normalize(TokenStream tokens, CharArraySet stopWords, Language language) {
        return language == Language.IT ? normalizeItalian(tokens, stopWords) : normalize(tokens, stopWords);
    }

    /**
     * The Italian steps: as {@link #normalize}, with the English endings of shared words given to Italian ones
     * ({@link ItalianCognateFilter}: "certificazione" as "certification"), English plurals ("workshops") and
     * Italian endings ("tirocini", "tirocinio") removed before Porter, which then still meets the glossary's
     * English words.
     */
    public static TokenStream normalizeItalian(TokenStream tokens, CharArraySet stopWords) {
        TokenStream stream = fold(tokens);
        if (!stopWords.isEmpty()) {
            stream = new StopFilter(stream, stopWords);
        }
        stream = new ItalianCognateFilter(stream);
        return new PorterStemFilter(new ItalianLightStemFilter(new EnglishMinimalStemFilter(stream)));
    }

    /** The first steps of {@link #normalize}: possessives and elisions dropped, lower-cased, accents folded. */
    public static TokenStream fold(TokenStream tokens) {
        TokenStream stream = new EnglishPossessiveFilter(tokens);
        stream = new LowerCaseFilter(stream);
        stream = new ElisionFilter(stream, ITALIAN_ELISIONS);
        return new ASCIIFoldingFilter(stream);
    }

    /** An analyzer applying {@link #normalize} after the standard tokenizer. */
    public static Analyzer analyzer(CharArraySet stopWords) {
        return analyzer(stopWords, Language.EN);
    }

    /** An analyzer applying the steps of {@code language} after the standard tokenizer. */
    public static Analyzer analyzer(CharArraySet stopWords, Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, Terms.normalize(tokenizer, stopWords, language));
            }
        };
    }
}
