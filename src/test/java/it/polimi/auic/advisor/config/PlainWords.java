package it.polimi.auic.advisor.config;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

/** Config messages are read by staff: none may speak Jackson's or Java's language. */
final class PlainWords {

    /** Jackson's and Java's vocabulary, which staff cannot act on. */
    private static final Pattern NOT_PLAIN = Pattern.compile("(?i)creator property|deserializ|\\btoken|code \\d|START_|"
            + "END_|index \\d|value value|cannot construct|java\\.|exception|com\\.fasterxml|\\(class |`|\\bString\\b|"
            + "\\bInteger\\b|\\bBigDecimal\\b|\\bLong\\b|\\bint\\b|\\bboolean\\b|ArrayList|\\brecord\\b|"
            + "was expecting|unexpected character|unrecognized");

    private PlainWords() {
    }

    static void assertPlain(String message) {
        assertFalse(NOT_PLAIN.matcher(message).find(), "not plain: " + message);
        assertFalse(message.contains("\n"), "more than one line: " + message);
    }
}
