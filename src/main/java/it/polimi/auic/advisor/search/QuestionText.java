package it.polimi.auic.advisor.search;

/**
 * A student's question made safe to analyse: control characters and NULs removed, whitespace folded,
 * cut to a bounded length. The result is only ever analysed into words, never parsed as query syntax.
 */
final class QuestionText {

    private QuestionText() {
    }

    static String clean(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < maxChars; i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1); // the cut fell inside an emoji: drop its first half
        }
        return out.toString();
    }
}
