package it.polimi.auic.advisor.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Which known setting a misspelt key was meant to be. Distance is Damerau-Levenshtein (optimal string alignment:
 * a letter added, dropped, changed, or two neighbours swapped count one each), ignoring case, because staff mistype
 * by a letter or two and get the case of "handoverDays" wrong; a key that starts a known one ("honours" for
 * "honoursValue") counts as close too.
 */
final class Spelling {

    private static final int SHORTEST_PREFIX = 4;

    private Spelling() {
    }

    /** The known name closest to {@code typed}, when one is close enough to be what was meant; ties: the first. */
    static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = closeness(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed(typed) ? Optional.of(best) : Optional.empty();
    }

    private static int closeness(String typed, String candidate) {
        String a = typed.toLowerCase(Locale.ROOT);
        String b = candidate.toLowerCase(Locale.ROOT);
        boolean prefix = Math.min(a.length(), b.length()) >= SHORTEST_PREFIX && (a.startsWith(b) || b.startsWith(a));
        return prefix ? Math.min(1, distance(a, b)) : distance(a, b);
    }

    /** Short keys get one edit: two edits turn "days" into almost anything of four letters. */
    private static int allowed(String typed) {
        return typed.length() <= SHORTEST_PREFIX ? 1 : 2;
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
