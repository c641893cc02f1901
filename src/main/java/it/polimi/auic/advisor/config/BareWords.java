package it.polimi.auic.advisor.config;

import java.util.Locale;
import java.util.Set;

/**
 * What staff meant by a word written without quotes where JSON wants a value ({@code yes}, {@code None},
 * {@code 09-15}, {@code data}), and how to write it.
 */
final class BareWords {

    private static final Set<String> YES_NO = Set.of("true", "false", "yes", "no", "y", "n", "on", "off", "si", "sì",
            "vero", "falso");
    private static final Set<String> NOTHING = Set.of("null", "none", "nil", "undefined", "nothing", "empty");

    private BareWords() {
    }

    /** The sentence after the key for {@code word}. */
    static String explain(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (YES_NO.contains(lower)) {
            return "is " + word + ", which JSON does not know: write true or false (lower case, without quotes)";
        }
        if (NOTHING.contains(lower)) {
            return "is " + word + ", which JSON does not know: write null (lower case, without quotes) for no value";
        }
        if (word.startsWith("@")) {
            return "is " + word + ", a Telegram username: a numeric Telegram id is needed here; the README says how "
                    + "to find one (see \"Configure it\")";
        }
        if (word.matches("-?0[0-9]+")) {
            String number = word.replaceFirst("^(-?)0+(?=[0-9])", "$1");
            return "is " + word + ": a number cannot start with 0; write " + number + ", or \"" + word
                    + "\" in double quotes if it is text";
        }
        if (word.matches("\\+[0-9]+(\\.[0-9]+)?")) {
            return "is " + word + ": write the number without the +, " + word.substring(1);
        }
        if (word.matches("-?\\.[0-9]+")) {
            return "is " + word + ": write a 0 before the dot, " + word.replace(".", "0.");
        }
        if (word.matches("-?[0-9]+\\.")) {
            return "is " + word + ": write the number without the final dot, " + word.substring(0, word.length() - 1);
        }
        return "is " + word + " without quotes: write \"" + word + "\" (text goes in double quotes)";
    }
}
