package it.polimi.auic.advisor.command;

/** A user's argument as it can be repeated on the one line of an error: no control characters, cut short. */
public final class ArgumentText {

    /** Longest piece of a bad argument repeated in an error message. */
    static final int MAX_QUOTED = 40;

    private ArgumentText() {
    }

    public static String quote(String text) {
        String oneLine = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(MAX_QUOTED + 1L)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return oneLine.codePointCount(0, oneLine.length()) > MAX_QUOTED
                ? oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_QUOTED)) + "…"
                : oneLine;
    }
}
