package it.polimi.auic.advisor.search;

import java.util.List;

/**
 * The verbatim words of a passage a reply shows, in reading order.
 *
 * @param sentences the sentences, list items or introducing lines, each verbatim
 * @param origin    how they were chosen
 */
public record Quote(List<String> sentences, Origin origin) {

    /** How a quote was chosen. */
    public enum Origin {
        /** The answer staff named for the FAQ entry the question matched. */
        FAQ_ANSWER,
        /** The units of the passage that best match the question. */
        BEST_UNITS,
        /** Nothing matched within the passage: its opening line. */
        OPENING
    }

    public Quote {
        sentences = List.copyOf(sentences);
    }

    /** The quote as one text, a line per sentence or item. */
    public String text() {
        return String.join("\n", sentences);
    }
}
