package it.polimi.auic.advisor.knowledge;

import java.util.List;
import java.util.Optional;

/** Checks that every section others rely on is there with text; a missing document is left to the caller. */
final class RequiredSections {

    private RequiredSections() {
    }

    /**
     * Reports each required section that is missing or empty in a document that is there, and adds to
     * {@code missingDocuments} who cites each document that is not.
     */
    static void check(KnowledgeBase knowledge, List<RequiredSection> required, MissingDocuments missingDocuments,
                      List<Problem> problems) {
        for (RequiredSection needed : required) {
            Optional<Document> document = knowledge.document(needed.ref().documentId());
            if (document.isEmpty()) {
                missingDocuments.citedBy(needed.ref(), needed.citedBy());
                continue;
            }
            Optional<Section> section = document.get().section(needed.ref().sectionId());
            if (section.isEmpty()) {
                problems.add(new Problem(document.get().file(), 0, "section " + needed.ref().sectionId()
                        + " is missing, and " + needed.citedBy() + " cites it; put the heading back (or tell the"
                        + " developers the section was renumbered)"));
            } else if (!section.get().hasText()) {
                problems.add(new Problem(document.get().file(), section.get().line(), "section "
                        + needed.ref().sectionId() + " has no text, and " + needed.citedBy() + " cites it"));
            }
        }
    }
}
