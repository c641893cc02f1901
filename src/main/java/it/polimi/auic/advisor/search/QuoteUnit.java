package it.polimi.auic.advisor.search;

/**
 * A piece of a passage a quote can be made of, as offsets into the passage's text: a sentence, a list item
 * with the line that introduces its list, or a whole short list with its introduction.
 *
 * @param kind       which of the three
 * @param start      where the sentence, the item or the list's first item starts
 * @param end        where it ends
 * @param introStart where the line introducing the list starts, for an item or a list; -1 when it has none
 * @param introEnd   where that line ends
 */
record QuoteUnit(Kind kind, int start, int end, int introStart, int introEnd) {

    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("^(?:[-•*]|\\d+[.)])\\s+");

    enum Kind { SENTENCE, ITEM, LIST }

    static QuoteUnit sentence(int start, int end) {
        return new QuoteUnit(Kind.SENTENCE, start, end, -1, -1);
    }

    static QuoteUnit item(int start, int end, int introStart, int introEnd) {
        return new QuoteUnit(Kind.ITEM, start, end, introStart, introEnd);
    }

    static QuoteUnit list(int start, int end, int introStart, int introEnd) {
        return new QuoteUnit(Kind.LIST, start, end, introStart, introEnd);
    }

    boolean hasIntro() {
        return introStart >= 0;
    }

    /** The unit's own words: the sentence, the item or the list's items (without their introduction). */
    String ownText(String passage) {
        return passage.substring(start, end).strip();
    }

    /** The unit's own words without a list marker ("- ", "1. "): where facts are looked for. */
    String content(String passage) {
        return LIST_MARKER.matcher(ownText(passage)).replaceFirst("");
    }

    /** The words of the line introducing an item's list, or a list; empty for a sentence. */
    String introText(String passage) {
        return hasIntro() ? passage.substring(introStart, introEnd).strip() : "";
    }

    int length() {
        return end - start + (hasIntro() ? introEnd - introStart : 0);
    }

    /** Whether the two share text; an item's introduction may be shared, which does not count. */
    boolean overlaps(QuoteUnit other) {
        return start < other.end && other.start < end;
    }
}
