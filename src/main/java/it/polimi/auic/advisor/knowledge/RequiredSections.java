package it.polimi.auic.advisor.knowledge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks that every section others rely on is there with text, naming a missing document once. */
final class RequiredSections {

    private RequiredSections() {
    }

    static void check(KnowledgeBase knowledge, List<RequiredSection> required, Path dir, List<Problem> problems) {
        Map<String, List<RequiredSection>> missingDocuments = new LinkedHashMap<>();
        for (RequiredSection needed : required) {
            Optional<Document> document = knowledge.document(needed.ref().documentId());
            if (document.isEmpty()) {
                missingDocuments.computeIfAbsent(needed.ref().documentId(), id -> new java.util.ArrayList<>())
                        .add(needed);
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
        missingDocuments.forEach((id, needs) -> problems.add(new Problem(dir, 0, "the document '" + id
                + "' is missing (no .md file has 'id: " + id + "'); " + needs.stream().map(RequiredSection::citedBy)
                .distinct().collect(Collectors.joining(", ")) + " cite its sections "
                + needs.stream().map(n -> n.ref().sectionId()).collect(Collectors.joining(", ")))));
    }
}
