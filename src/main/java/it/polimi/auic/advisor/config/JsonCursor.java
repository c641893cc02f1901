package it.polimi.auic.advisor.config;

import it.polimi.auic.advisor.config.SourceValue.Position;
import java.nio.file.Path;

/**
 * Where {@link JsonSyntax} is in a file's text, and the pieces below the grammar: blanks (where comments and pasted
 * invisible characters are caught), words written without quotes, and text in double quotes.
 */
final class JsonCursor {

    static final String CURLY_QUOTES = "\u201C\u201D\u201E\u2018\u2019";
    static final int LONGEST_SHOWN = 30;

    final String text;
    int pos;
    private final Path file;
    private final TextPositions positions;

    JsonCursor(Path file, String text) {
        this.file = file;
        this.text = text;
        this.positions = TextPositions.of(text);
    }

    char current() {
        return text.charAt(pos);
    }

    /** Text in double quotes, escapes resolved; {@code pos} is at the opening quote. */
    String string() {
        int start = pos++;
        StringBuilder content = new StringBuilder();
        while (true) {
            if (atEnd() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                throw fail(start, null, "the text that starts here (column " + at(start).column()
                        + ") has no closing double quote on its line");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return content.toString();
            }
            if (c == '\\') {
                content.append(escape());
            } else if (c == '\t') {
                throw fail(pos, null, "a tab inside text must be written \\t, or replaced by spaces");
            } else if (c < ' ') {
                throw fail(pos, null, "an invisible character is inside this text (column " + at(pos).column()
                        + "): delete the text and type it again");
            } else {
                content.append(c);
                pos++;
            }
        }
    }

    private char escape() {
        int backslash = pos++;
        char c = atEnd() ? ' ' : text.charAt(pos++);
        switch (c) {
            case '"', '\\', '/' -> {
                return c;
            }
            case 'b' -> {
                return '\b';
            }
            case 'f' -> {
                return '\f';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 't' -> {
                return '\t';
            }
            case 'u' -> {
                if (pos + 4 <= text.length() && text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                    pos += 4;
                    return (char) Integer.parseInt(text.substring(pos - 4, pos), 16);
                }
                throw fail(backslash, null, "\\u in text must be followed by four hexadecimal digits, like \\u00e8");
            }
            default -> throw fail(backslash, null, "a backslash in text must be written twice (\\\\), or use / in "
                    + "folder names: \\" + c + " means nothing in JSON");
        }
    }

    void skipBlank() {
        while (!atEnd()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '#' || text.startsWith("//", pos) || text.startsWith("/*", pos)) {
                throw fail(pos, null, "comments are not allowed in a JSON file: remove this one (notes about the "
                        + "settings belong in the README)");
            } else if (c == '\u00A0') {
                throw fail(pos, null, "there is a non-breaking space here (column " + at(pos).column()
                        + "), often pasted from a web page or a document: replace it by an ordinary space");
            } else if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                throw fail(pos, null, "there is an invisible character here (column " + at(pos).column()
                        + "), often pasted from a web page or a document: delete it");
            } else {
                return;
            }
        }
    }

    String readWord() {
        int start = pos;
        while (!atEnd() && isWordChar(pos)) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Part of a word written without quotes: up to a space, a bracket, a comma, a colon, a quote or a comment. */
    boolean isWordChar(int at) {
        char c = text.charAt(at);
        return !Character.isWhitespace(c) && c != '\u00A0' && ",:[]{}\"'#".indexOf(c) < 0
                && CURLY_QUOTES.indexOf(c) < 0 && !text.startsWith("//", at) && !text.startsWith("/*", at);
    }

    String shownAt(int at) {
        char c = text.charAt(at);
        if (c == '"') {
            int close = text.indexOf('"', at + 1);
            if (close > 0 && close - at <= LONGEST_SHOWN && text.substring(at, close).indexOf('\n') < 0) {
                return text.substring(at, close + 1);
            }
            return "the next text";
        }
        return isWordChar(at) ? text.substring(at, Math.min(text.length(), at + LONGEST_SHOWN)).split("[\\s,:\\]}]", 2)[0]
                : String.valueOf(c);
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    Position at(int offset) {
        return positions.at(offset);
    }

    int line(int offset) {
        return at(offset).line();
    }

    /** A problem at {@code offset} (negative: the whole file), about {@code key} when it is about one. */
    ConfigException fail(int offset, String key, String problem) {
        return new ConfigException(file, offset < 0 ? -1 : line(offset), key, problem);
    }
}
