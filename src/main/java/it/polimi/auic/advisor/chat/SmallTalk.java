package it.polimi.auic.advisor.chat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Greetings and thanks, which deserve a friendly word rather than a search of the regulations. */
final class SmallTalk {

    enum Kind { GREETING, THANKS, NONE }

    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hiya", "ciao", "salve", "buongiorno",
            "buonasera", "good", "morning", "afternoon", "evening", "there", "yo", "start", "bot", "advisor");
    private static final Set<String> THANKS = Set.of("thanks", "thank", "you", "thx", "ty", "grazie", "mille",
            "tante", "ok", "okay", "great", "perfect", "perfetto", "cool", "very", "much", "so", "a", "lot");

    private SmallTalk() {
    }

    static Kind of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", " ").strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > 5) {
            return Kind.NONE;
        }
        if (Arrays.stream(words).allMatch(GREETINGS::contains)) {
            return Kind.GREETING;
        }
        boolean thanking = Arrays.stream(words).anyMatch(w -> w.startsWith("thank") || w.equals("grazie")
                || w.equals("thx"));
        return thanking && Arrays.stream(words).allMatch(THANKS::contains) ? Kind.THANKS : Kind.NONE;
    }
}
