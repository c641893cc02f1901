package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.core.JsonLocation;
import java.nio.file.Path;

/**
 * The text of a config file, and what it says around the place Jackson stopped: the character there, the one before it, the word
 * written there without quotes, and lines and columns, counted as Jackson and editors count them (a line ends at
 * "\n", "\r\n" or a lone "\r"; a tab is one column).
 */
final class SourceText {

    static final String CURLY_QUOTES = "\u201C\u201D\u201E\u2018\u2019";
    private static final int LONGEST_SHOWN = 30;

    private final Path file;
    private final String text;

    SourceText(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** A problem at {@code at} in the text, about {@code key} when there is one. */
    ConfigException problem(int at, String key, String problem) {
        return new ConfigException(file, line(at), key == null || key.isEmpty() ? null : key, problem);
    }

    Path file() {
        return file;
    }

    int length() {
        return text.length();
    }

    /** Where {@code location} is in the text; Jackson counts characters when it reads a String. Unknown: the end. */
    int offset(JsonLocation location) {
        long offset = location == null ? -1 : location.getCharOffset();
        return offset < 0 || offset > text.length() ? text.length() : (int) offset;
    }

    /** The character at {@code at}, or a space past the end. */
    char at(int at) {
        return at >= 0 && at < text.length() ? text.charAt(at) : ' ';
    }

    String between(int from, int to) {
        return text.substring(from, to);
    }

    int lastIndexOf(char c, int before) {
        return text.lastIndexOf(c, before);
    }

    /** Where the last character before {@code at} that is not a JSON blank is, or -1 when there is none. */
    int previousNonBlank(int at) {
        int i = at - 1;
        while (i >= 0 && " \t\n\r".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i;
    }

    /** Part of a word written without quotes: up to a blank, a bracket, a comma, a colon, a quote or a comment. */
    boolean isWordChar(int at) {
        char c = at(at);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && ",:[]{}\"'#".indexOf(c) < 0
                && CURLY_QUOTES.indexOf(c) < 0 && !startsComment(at);
    }

    boolean startsComment(int at) {
        return at(at) == '#' || text.startsWith("//", at) || text.startsWith("/*", at);
    }

    /** Where the word around {@code at} starts, not before {@code limit}. */
    int wordStart(int at, int limit) {
        int start = at;
        while (start > limit && isWordChar(start - 1)) {
            start--;
        }
        return start;
    }

    String wordAt(int start) {
        int end = start;
        while (end < text.length() && isWordChar(end)) {
            end++;
        }
        return text.substring(start, end);
    }

    /** What starts at {@code at}, as a message shows it: a short text in its quotes, a word, or the character. */
    String shownAt(int at) {
        if (at(at) == '"') {
            int close = text.indexOf('"', at + 1);
            boolean fits = close > 0 && close - at <= LONGEST_SHOWN && text.substring(at, close).indexOf('\n') < 0;
            return fits ? text.substring(at, close + 1) : "the next text";
        }
        String word = wordAt(at);
        return word.isEmpty() ? String.valueOf(at(at)) : word.substring(0, Math.min(word.length(), LONGEST_SHOWN));
    }

    /**
     * The opening quote of a text that is still open at {@code at}, or -1; {@code from} must be outside any text
     * (the end of a token Jackson read).
     */
    int openQuote(int from, int at) {
        int open = -1;
        for (int i = from; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0 && c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    int line(int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && at(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    int column(int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return at - start + 1;
    }
}
