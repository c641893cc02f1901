package it.polimi.auic.advisor.knowledge;

import java.util.Objects;

/**
 * Points at one section of one document, the way FAQ entries and calculator findings cite it.
 * Written as {@code "programme-rules 5.4.1"}.
 */
public record SectionRef(String documentId, String sectionId) {

    public SectionRef {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sectionId, "sectionId");
    }

    /** Parses {@code "DOCUMENT SECTION"}; empty when the text is not of that shape. */
    public static java.util.Optional<SectionRef> parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2 || parts[0].isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SectionRef(parts[0], parts[1]));
    }

    @Override
    public String toString() {
        return documentId + " " + sectionId;
    }
}
