package it.polimi.auic.advisor.chat.flow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values students write inside sentences, in English and Italian: "around 27.5", "mi sono iscritta nel
 * 2022", "80 percent", "150 cfu". A value is a number with the words just before and after it, so a reader can
 * tell "150 credits" from "average 27".
 */
final class FreeText {

    /** A number in a message, with the words around it (lower case, accents removed). */
    record Number(BigDecimal value, String raw, int start, int end, String before, String after) {

        /** How many words can stand between a value and the word saying what it is ("average is 27"). */
        static final int MAX_DISTANCE = 3;

        /** Whether one of {@code cues} stands right before or right after the number. */
        boolean near(Set<String> cues) {
            return distance(cues) <= MAX_DISTANCE;
        }

        /**
         * How many words from the number the nearest of {@code cues} is: 1 when it is the next or the previous
         * word ("150 cfu", "portfolio 15"); more than {@link #MAX_DISTANCE} when none is that close.
         */
        int distance(Set<String> cues) {
            if (cues.contains("%") && after.startsWith("%")) {
                return 1;
            }
            List<String> next = List.of(words(after));
            List<String> previous = new ArrayList<>(List.of(words(before)));
            java.util.Collections.reverse(previous);
            int best = Integer.MAX_VALUE;
            for (String cue : cues) {
                List<String> cueWords = List.of(words(cue));
                best = Math.min(best, position(next, cueWords));
                List<String> reversed = new ArrayList<>(cueWords);
                java.util.Collections.reverse(reversed);
                best = Math.min(best, position(previous, reversed));
            }
            return best;
        }

        private static int position(List<String> words, List<String> cue) {
            for (int i = 0; i + cue.size() <= Math.min(words.size(), MAX_DISTANCE + cue.size() - 1); i++) {
                if (words.subList(i, i + cue.size()).equals(cue)) {
                    return i + 1;
                }
            }
            return Integer.MAX_VALUE;
        }

        private static String[] words(String text) {
            String plain = text.replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
            return plain.isEmpty() ? new String[0] : plain.split(" ");
        }
    }

    /** Numbers not part of a date (18/07/2023), an academic year (2020/21) or a class (L-17). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d/.,\\-])(\\d{1,9}(?:[.,]\\d{1,9})?)(?![\\d/]|[.,]\\d)");
    private static final Pattern NOT_A_NUMBER = Pattern.compile(
            "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}\\s*[/-]\\s*\\d{2,4}|\\bl\\s*-?\\s*\\d{1,2}\\b|\\d+\\s*[x×*/]\\s*\\d+");
    private static final int CONTEXT_CHARS = 40;

    private FreeText() {
    }

    /** Every number of {@code simplified} (see {@link AnswerParsers#simplify}) that is not part of a date or code. */
    static List<Number> numbers(String simplified) {
        boolean[] masked = new boolean[simplified.length()];
        Matcher codes = NOT_A_NUMBER.matcher(simplified);
        while (codes.find()) {
            for (int i = codes.start(); i < codes.end(); i++) {
                masked[i] = true;
            }
        }
        List<Number> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(simplified);
        while (m.find()) {
            if (masked[m.start()]) {
                continue;
            }
            String before = simplified.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start()).strip();
            String after = simplified.substring(m.end(), Math.min(simplified.length(), m.end() + CONTEXT_CHARS)).strip();
            numbers.add(new Number(new BigDecimal(m.group(1).replace(',', '.')), m.group(1), m.start(), m.end(),
                    before, after));
        }
        return numbers;
    }

    /** Whether one of the phrases stands in the text as whole words. */
    static boolean says(String simplified, Set<String> phrases) {
        String padded = " " + simplified.replaceAll("[^\\p{L}\\p{N}']+", " ") + " ";
        return phrases.stream().anyMatch(p -> padded.contains(" " + p + " "));
    }

    /** The first word of the text, without punctuation. */
    static String firstWord(String simplified) {
        String[] words = simplified.replaceAll("[^\\p{L}\\p{N}']+", " ").strip().split(" ");
        return words.length == 0 ? "" : words[0];
    }
}
