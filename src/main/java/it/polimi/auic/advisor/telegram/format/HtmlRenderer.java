package it.polimi.auic.advisor.telegram.format;

import it.polimi.auic.advisor.chat.Block;

/**
 * How each kind of {@link Block} looks in a Telegram message, in HTML parse mode and as the plain text that is
 * sent when the Bot API refuses the HTML. Only tags every Bot API server knows are used ({@code <b>}, {@code <i>}),
 * and every piece of text is escaped, so no user or regulation text can ever be read as markup.
 */
public final class HtmlRenderer {

    /** The markup around one block's text; the plain form is never longer than the HTML form. */
    record Wrapping(String htmlOpen, String htmlClose, String plainOpen, String plainClose) {

        int htmlOverhead() {
            return htmlOpen.length() + htmlClose.length();
        }
    }

    private static final Wrapping TEXT = new Wrapping("", "", "", "");
    private static final Wrapping STRONG = new Wrapping("<b>", "</b>", "", "");
    private static final Wrapping QUOTE = new Wrapping("<i>\u201C", "\u201D</i>", "\u201C", "\u201D");
    private static final Wrapping SOURCE = new Wrapping("\uD83D\uDCD6 <i>", "</i>", "\uD83D\uDCD6 ", "");

    private HtmlRenderer() {
    }

    static Wrapping wrapping(Block block) {
        if (block instanceof Block.Strong) {
            return STRONG;
        }
        if (block instanceof Block.Quote) {
            return QUOTE;
        }
        if (block instanceof Block.Source) {
            return SOURCE;
        }
        return TEXT;
    }

    /** Escapes the three characters Telegram's HTML mode reserves and replaces what is not valid UTF-16. */
    public static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            out.append(escaped(raw, i));
        }
        return out.toString();
    }

    /** How long {@code raw[from, to)} is once escaped. */
    static int escapedLength(String raw, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            length += escaped(raw, i).length();
        }
        return length;
    }

    /** The text with lone surrogates replaced, which a JSON encoder would otherwise pass on as invalid UTF-8. */
    public static String sanitize(String raw) {
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isLoneSurrogate(raw, i)) {
                if (out == null) {
                    out = new StringBuilder(raw.substring(0, i));
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? raw : out.toString();
    }

    private static String escaped(String raw, int i) {
        char c = raw.charAt(i);
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            default:
                return isLoneSurrogate(raw, i) ? "\uFFFD" : String.valueOf(c);
        }
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
