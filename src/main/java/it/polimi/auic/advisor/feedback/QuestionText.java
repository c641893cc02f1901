package it.polimi.auic.advisor.feedback;

/**
 * Makes user text safe to keep in the log: one line, no control characters, no broken surrogate
 * pairs, bounded length. A 10,000-character or NUL-laden message must neither bloat nor break the log.
 */
final class QuestionText {

    /** Longest question kept, in characters (code points): enough for any real question. */
    static final int MAX_QUESTION_LENGTH = 500;
    /** Longest section reference kept ("programme-rules 7.2"). */
    static final int MAX_SECTION_LENGTH = 100;
    /** A staff answer kept for the report: enough to write a FAQ entry from. */
    static final int MAX_ANSWER_LENGTH = 1000;

    private static final String ELLIPSIS = "…";

    private QuestionText() {
    }

    /** The cleaned text: control and separator characters become spaces, runs of spaces collapse, then cut. */
    static String clean(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength * 2));
        boolean pendingSpace = false;
        int kept = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isBlank(codePoint)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (kept + (pendingSpace ? 1 : 0) >= maxLength) {
                return out.append(ELLIPSIS).toString();
            }
            if (pendingSpace) {
                out.append(' ');
                kept++;
                pendingSpace = false;
            }
            // A lone surrogate cannot be written as UTF-8; keep a visible mark of it instead.
            out.appendCodePoint(Character.isSurrogate((char) codePoint) ? '\uFFFD' : codePoint);
            kept++;
        }
        return out.toString();
    }

    /** Cuts a cleaned text for display, without splitting a character made of two chars. */
    static String shorten(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxLength - 1)) + ELLIPSIS;
    }

    private static boolean isBlank(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
