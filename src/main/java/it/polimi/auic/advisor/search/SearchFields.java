package it.polimi.auic.advisor.search;

/** Names of the fields of the index; one place, so indexing and querying cannot drift apart. */
final class SearchFields {

    /** Unique key of a Lucene document: the passage key, or "faq:" and a number for FAQ entries. */
    static final String KEY = "key";
    /** "passage" or "faq". */
    static final String KIND = "kind";
    /** The passage key a FAQ entry points at (the passage holding its section's start). */
    static final String TARGET = "target";
    /** Section heading with the headings of the sections around it. */
    static final String HEADING = "heading";
    /** The section's verbatim text. */
    static final String BODY = "body";
    /** A FAQ entry's question and phrasings. */
    static final String FAQ = "faq";
    /** One sentence (or list) of a passage, so a question about one rule of a long section finds it. */
    static final String UNIT = "unit";
    /**
     * Every word of a passage's headings and text, or of a FAQ phrasing, as written (not stemmed): where typo
     * corrections are looked up.
     */
    static final String VOCABULARY = "vocabulary";

    static final String KIND_PASSAGE = "passage";
    static final String KIND_FAQ = "faq";
    static final String KIND_UNIT = "unit";

    private SearchFields() {
    }
}
