package it.polimi.auic.advisor.language;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Italian from English in a student's message by its everyday words (articles, prepositions,
 * question words, common verbs, greetings), each listed in a resource file of its language with why it is
 * there. Subject words (workshop, portfolio, studio, erasmus) are in neither list: students use them in both
 * languages. A message with as many words of each, or none ("ok", "28x8", "👍"), does not tell.
 *
 * <p>Students' messages are short and mixed ("posso fare il workshop online?"), too short for character
 * statistics; counting function words is what decides them.
 */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private final Set<String> italian;
    private final Set<String> english;

    private LanguageDetector(Set<String> italian, Set<String> english) {
        this.italian = Set.copyOf(italian);
        this.english = Set.copyOf(english);
    }

    private static final LanguageDetector DEFAULT = new LanguageDetector(
            WordLists.read("/language/italian-words.txt"), WordLists.read("/language/english-words.txt"));

    /** The detector over the word lists shipped with the advisor. */
    public static LanguageDetector standard() {
        return DEFAULT;
    }

    public LanguageGuess guess(String text) {
        int it = 0;
        int en = 0;
        var words = WORD.matcher(WordLists.fold(text));
        while (words.find()) {
            for (String word : words.group().split("'")) {
                if (italian.contains(word)) {
                    it++;
                } else if (english.contains(word)) {
                    en++;
                }
            }
        }
        return LanguageGuess.of(it, en);
    }
}
