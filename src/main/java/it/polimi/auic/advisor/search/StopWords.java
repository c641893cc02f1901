package it.polimi.auic.advisor.search;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Words that say nothing about which rule a student asks for: English function words, the words of a
 * question ("what", "can I", "how many") and their Italian counterparts, since students mix languages.
 * They are left out of the index, so they never decide a ranking, and out of the measure of how much of a
 * question the regulations cover.
 */
public final class StopWords {

    private static final List<String> QUESTION_WORDS = List.of(
            "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "whether",
            "i", "im", "ive", "id", "me", "my", "mine", "myself", "we", "our", "us", "you", "your", "yours",
            "he", "she", "him", "her", "his", "its", "them", "theirs",
            "do", "does", "did", "done", "doing", "am", "been", "being", "has", "have", "had", "having",
            "can", "could", "would", "should", "shall", "may", "might", "must", "need", "needs", "want",
            "wants", "wanna", "gonna", "get", "got", "getting", "know", "tell", "please", "thanks", "thank",
            "hi", "hello", "hey", "ok", "okay", "yes", "so", "just", "also", "about", "any", "anything",
            "some", "something", "there", "here", "from", "up", "out", "than", "too", "very", "much", "many",
            "more", "most", "all", "each", "every", "other", "one", "ones", "own", "same", "again",
            "still", "only", "even", "really", "actually", "happen", "happens", "happened", "mean", "means",
            "s", "t", "don", "doesn", "didn", "isn", "aren", "won", "cant", "dont", "doesnt", "didnt", "isnt",
            "after", "before", "during", "over", "under", "between", "within", "without", "per", "via",
            "i'm", "i've", "i'd", "i'll", "can't", "cannot", "isn't", "aren't", "wasn't", "weren't", "don't",
            "doesn't", "didn't", "haven't", "hasn't", "hadn't", "won't", "wouldn't", "couldn't", "shouldn't",
            "mustn't", "what's", "it's", "that's", "there's", "here's", "let's", "you're", "we're", "they're",
            "you've", "we've", "they've", "he's", "she's", "who's", "where's", "how's", "when's", "u", "ur", "pls",
            "plz", "im", "dont", "cant", "wont");

    private static final List<String> ITALIAN = List.of(
            "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "del", "dello", "della", "dei",
            "degli", "delle", "da", "dal", "dalla", "dai", "in", "nel", "nella", "nei", "su", "sul", "sulla",
            "con", "per", "tra", "fra", "a", "al", "allo", "alla", "ai", "agli", "alle", "e", "ed", "o", "ma",
            "se", "che", "chi", "cosa", "come", "quando", "dove", "perche", "quale", "quali", "quanto",
            "quanta", "quanti", "quante", "non", "si", "no", "mi", "ti", "ci", "vi", "io", "tu", "lui", "lei",
            "noi", "voi", "loro", "mio", "mia", "miei", "mie", "tuo", "tua", "suo", "sua", "sono", "sei", "ho",
            "hai", "ha", "abbiamo", "hanno", "avere", "essere", "devo", "deve", "devono", "posso", "puo",
            "possono", "serve", "servono", "bisogna", "voglio", "vorrei", "fare", "faccio", "c'e", "ce",
            "ciao", "grazie", "salve", "buongiorno", "qual", "e'", "l", "un'");

    public static final CharArraySet SET = build();

    private StopWords() {
    }

    private static CharArraySet build() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(QUESTION_WORDS);
        set.addAll(ITALIAN);
        for (Object word : ItalianAnalyzer.getDefaultStopSet()) {
            set.add(fold(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** Words are compared after accents are folded ("perché" is seen as "perche"), as the analyzers fold them. */
    private static String fold(String word) {
        char[] folded = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
        return new String(folded, 0, length);
    }
}
