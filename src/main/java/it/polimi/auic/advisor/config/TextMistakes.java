package it.polimi.auic.advisor.config;

import java.util.Optional;

/**
 * Mistakes below the grammar, where Jackson stops inside a text or at a character JSON does not have: a missing
 * closing quote, a tab or a single backslash in text, a comment, a space pasted from a web page.
 */
final class TextMistakes {

    private TextMistakes() {
    }

    /** Jackson stopped at {@code at}, inside the text that opens with the quote at {@code quote}. */
    static ConfigException inText(SourceText source, int quote, int at) {
        char c = source.at(at);
        int backslash = source.text().lastIndexOf('\\', at);
        if (at >= source.text().length() || c == '\n' || c == '\r') {
            return source.problem(quote, null, "the text that starts here (column " + source.column(quote)
                    + ") has no closing double quote on its line");
        }
        if (c == '\t' || c < ' ') {
            return source.problem(at, null, c == '\t' ? "a tab inside text must be written \\t, or replaced by spaces"
                    : "an invisible character is inside this text (column " + source.column(at)
                            + "): delete the text and type it again");
        }
        if (backslash < quote) {
            return source.problem(at, null, "this text cannot be read: type it again in double quotes \"...\"");
        }
        return source.problem(backslash, null, source.at(backslash + 1) == 'u'
                ? "\\u in text must be followed by four hexadecimal digits, like \\u00e8"
                : "a backslash in text must be written twice (\\\\), or use / in folder names: \\"
                        + source.at(backslash + 1) + " means nothing in JSON");
    }

    /** A comment at {@code at}, or a character there that only looks like a space, or like nothing. */
    static Optional<ConfigException> stray(SourceText source, int at) {
        char c = source.at(at);
        String column = " (column " + source.column(at) + "), often pasted from a web page or a document: ";
        if (source.startsComment(at)) {
            return Optional.of(source.problem(at, null, "comments are not allowed in a JSON file: remove this one "
                    + "(notes about the settings belong in the README)"));
        }
        if (c == '\u00A0') {
            return Optional.of(source.problem(at, null, "there is a non-breaking space here" + column
                    + "replace it by an ordinary space"));
        }
        boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
        return invisible && " \t\n\r".indexOf(c) < 0
                ? Optional.of(source.problem(at, null, "there is an invisible character here" + column + "delete it"))
                : Optional.empty();
    }
}
