package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.language.Language;

/** Names of the fields of the index; one place, so indexing and querying cannot drift apart. */
final class SearchFields {

    /** Unique key of a Lucene document: the passage key, or "faq:" and numbers for FAQ phrasings. */
    static final String KEY = "key";
    /** The passage key a FAQ phrasing or a unit points at. */
    static final String TARGET = "target";
    /**
     * Every word of a passage's headings and text, or of a FAQ phrasing, as written (not stemmed): where typo
     * corrections are looked up.
     */
    static final String VOCABULARY = "vocabulary";

    /**
     * The searched fields of one language's analysis: the same text analysed the English way or the Italian
     * way ({@link it.polimi.auic.advisor.knowledge.Terms}), so a question is matched in its own language's terms.
     *
     * @param body    the section's verbatim text
     * @param heading the section's heading with the headings of the sections around it
     * @param faq     one FAQ phrasing
     * @param unit    one sentence (or list item) of a section, so a question about one rule finds it
     */
    record Fields(String body, String heading, String faq, String unit) {

        java.util.List<String> all() {
            return java.util.List.of(body, heading, faq, unit);
        }
    }

    static final Fields ENGLISH = new Fields("body", "heading", "faq", "unit");
    static final Fields ITALIAN = new Fields("body_it", "heading_it", "faq_it", "unit_it");

    static Fields of(Language language) {
        return language == Language.IT ? ITALIAN : ENGLISH;
    }

    private SearchFields() {
    }
}
