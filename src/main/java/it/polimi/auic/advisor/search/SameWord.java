package it.polimi.auic.advisor.search;

import java.util.Set;

/**
 * Whether two stems are forms of one word although the stemmer left them apart: Porter stems
 * "recognition", "recognised" and "recognized" to "recognit", "recognis" and "recogn". Long stems that
 * differ only in their last letter, or one of which starts the other, are taken as the same word when
 * choosing what to quote (where a wrong pairing costs little: it only scores a sentence).
 */
final class SameWord {

    /** Stems shorter than this must match exactly: short stems share beginnings by chance. */
    static final int MIN_STEM = 6;

    private SameWord() {
    }

    static boolean in(String stem, Set<String> terms) {
        if (terms.contains(stem)) {
            return true;
        }
        if (stem.length() < MIN_STEM) {
            return false;
        }
        for (String term : terms) {
            if (term.length() >= MIN_STEM && same(stem, term)) {
                return true;
            }
        }
        return false;
    }

    static boolean same(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= MIN_STEM && common >= shorter - 1;
    }
}
