package it.polimi.auic.advisor.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long section into parts of at most {@link #MAX_CHARS} characters at paragraph boundaries (at line
 * boundaries, failing that; at a space as a last resort), so an answer never quotes more than a reply holds.
 */
final class PassageSplitter {

    static final int MAX_CHARS = 3000;

    private PassageSplitter() {
    }

    static List<String> split(String text) {
        return split(text, MAX_CHARS);
    }

    static List<String> split(String text, int maxChars) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > maxChars) {
            int cut = cutPoint(rest, maxChars);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String text, int maxChars) {
        for (String separator : List.of("\n\n", "\n", ". ", " ")) {
            int at = text.lastIndexOf(separator, maxChars - separator.length());
            if (at > maxChars / 3) {
                return at + separator.length();
            }
        }
        return maxChars;
    }
}
