package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.core.JsonLocation;
import java.nio.file.Path;

/**
 * A config file's text, and what it shows around the place Jackson stopped: the character there, the one before it,
 * a word written without quotes; lines as Jackson and editors count them (ending at "\n", "\r\n" or a lone "\r").
 */
final class SourceText {

    private static final int LONGEST_SHOWN = 30;

    private final Path file;
    private final String text;

    SourceText(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    Path file() {
        return file;
    }

    String text() {
        return text;
    }

    /** A problem at {@code at} in the text, about {@code key} when there is one. */
    ConfigException problem(int at, String key, String problem) {
        return new ConfigException(file, line(at), key == null || key.isEmpty() ? null : key, problem);
    }

    /** Where {@code location} is; Jackson counts characters when it reads a String. Unknown: the end. */
    int offset(JsonLocation location) {
        long offset = location == null ? -1 : location.getCharOffset();
        return offset < 0 || offset > text.length() ? text.length() : (int) offset;
    }

    /** The character at {@code at}, or a space outside the text. */
    char at(int at) {
        return at >= 0 && at < text.length() ? text.charAt(at) : ' ';
    }

    /** The last character before {@code at} that is not a JSON blank, or -1. */
    int previousNonBlank(int at) {
        int i = at - 1;
        while (i >= 0 && " \t\n\r".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i;
    }

    static boolean isCurlyQuote(char c) {
        return "\u201C\u201D\u201E\u2018\u2019".indexOf(c) >= 0;
    }

    boolean startsComment(int at) {
        return at(at) == '#' || text.startsWith("//", at) || text.startsWith("/*", at);
    }

    /** Part of a word written without quotes: up to a blank, a bracket, a comma, a colon, a quote or a comment. */
    boolean isWordChar(int at) {
        char c = at(at);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && ",:[]{}\"'#".indexOf(c) < 0
                && !isCurlyQuote(c) && !startsComment(at);
    }

    /** Where the word that goes on to {@code at} starts, not before {@code limit}. */
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
        int close = text.indexOf('"', at + 1);
        if (at(at) == '"') {
            boolean fits = close > 0 && close - at <= LONGEST_SHOWN && text.substring(at, close).indexOf('\n') < 0;
            return fits ? text.substring(at, close + 1) : "the next text";
        }
        String word = wordAt(at);
        return word.isEmpty() ? String.valueOf(at(at)) : word.substring(0, Math.min(word.length(), LONGEST_SHOWN));
    }

    /** The quote that opens a text still open at {@code at}, or -1; {@code from} must be outside any text. */
    int openQuote(int from, int at) {
        int open = -1;
        for (int i = from; i < at && i < text.length(); i++) {
            if (open >= 0 && text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    int line(int at) {
        int line = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n' || (text.charAt(i) == '\r' && at(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** A tab counts one column, as in Jackson's locations. */
    int column(int at) {
        int lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
        return at - lineStart + 1;
    }
}
