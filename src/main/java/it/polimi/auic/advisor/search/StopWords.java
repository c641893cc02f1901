package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.language.WordLists;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;

/**
 * Words that say nothing about which rule a student asks for: Lucene's English and Italian stop words and
 * the question words, pronouns and chat words of {@code /search/stop-words.txt}, in both languages since
 * students mix them. They are left out of the index, so they never decide a ranking, and out of the measure
 * of how much of a question the regulations cover.
 */
public final class StopWords {

    static final String RESOURCE = "/search/stop-words.txt";

    public static final CharArraySet SET = build();

    private StopWords() {
    }

    private static CharArraySet build() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(WordLists.read(RESOURCE));
        for (Object word : ItalianAnalyzer.getDefaultStopSet()) {
            set.add(WordLists.fold(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
