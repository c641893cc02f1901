package it.polimi.auic.advisor.knowledge;

/**
 * Whether staff copied words from a section exactly. Runs of whitespace count as one space, since a
 * sentence copied onto one line of a FAQ file loses the section's line breaks; nothing else is forgiven.
 */
public final class Verbatim {

    private Verbatim() {
    }

    public static boolean contains(String text, String words) {
        return indexOf(text, words) >= 0;
    }

    /**
     * Where {@code words} start in {@code text}, comparing with whitespace folded; -1 when absent. The
     * offset is one of {@code text} itself, so callers can cut the original there.
     */
    public static int indexOf(String text, String words) {
        return find(text, words).map(span -> span[0]).orElse(-1);
    }

    /**
     * Where {@code words} stand in {@code text}, comparing with whitespace folded: the start and end offsets
     * of {@code text} itself, so callers can quote the original characters.
     */
    public static java.util.Optional<int[]> find(String text, String words) {
        String wanted = fold(words);
        if (wanted.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space && folded.length() > 0) {
                origin[folded.length()] = i - 1;
                folded.append(' ');
            }
            space = false;
            origin[folded.length()] = i;
            folded.append(c);
        }
        int at = folded.indexOf(wanted);
        if (at < 0) {
            return java.util.Optional.empty();
        }
        int last = at + wanted.length() - 1;
        return java.util.Optional.of(new int[] {origin[at], origin[last] + 1});
    }

    static String fold(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
