package it.polimi.auic.advisor.config;

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
        if (at >= source.length() || c == '\n' || c == '\r') {
            return source.problem(quote, null, "the text that starts here (column " + source.column(quote)
                    + ") has no closing double quote on its line");
        }
        if (c == '\t') {
            return source.problem(at, null, "a tab inside text must be written \\t, or replaced by spaces");
        }
        if (c < ' ') {
            return source.problem(at, null, "an invisible character is inside this text (column " + source.column(at)
                    + "): delete the text and type it again");
        }
        int backslash = source.lastIndexOf('\\', at);
        if (backslash > quote && source.at(backslash + 1) == 'u') {
            return source.problem(backslash, null, "\\u in text must be followed by four hexadecimal digits, like "
                    + "\\u00e8");
        }
        if (backslash > quote) {
            return source.problem(backslash, null, "a backslash in text must be written twice (\\\\), or use / in "
                    + "folder names: \\" + source.at(backslash + 1) + " means nothing in JSON");
        }
        return source.problem(at, null, "this text cannot be read; type it again in double quotes \"...\"");
    }

    /** Whether there is a comment, or a character that only looks like a space (or nothing), at {@code at}. */
    static boolean isStray(SourceText source, int at) {
        char c = source.at(at);
        boolean blank = " \t\n\r".indexOf(c) >= 0;
        return source.startsComment(at) || !blank && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    static ConfigException stray(SourceText source, int at) {
        if (source.startsComment(at)) {
            return source.problem(at, null, "comments are not allowed in a JSON file: remove this one (notes about "
                    + "the settings belong in the README)");
        }
        if (source.at(at) == '\u00A0') {
            return source.problem(at, null, "there is a non-breaking space here (column " + source.column(at)
                    + "), often pasted from a web page or a document: replace it by an ordinary space");
        }
        return source.problem(at, null, "there is an invisible character here (column " + source.column(at)
                + "), often pasted from a web page or a document: delete it");
    }
}
