package it.polimi.auic.advisor.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything staff keep in {@code knowledge/}, validated: the regulation documents, the FAQ entries
 * pointing into them, and the glossary. Immutable; an edit produces a new instance.
 *
 * @param documents    regulation documents, in file-name order
 * @param faq          curated questions, each pointing at an existing section
 * @param glossary     words students use for the same thing
 * @param lastModified when the newest file of the folder was last changed
 * @param warnings     what the check accepted but is probably a mistake ({@link KnowledgeReport#warnings()})
 */
public record KnowledgeBase(List<Document> documents, List<FaqEntry> faq, Glossary glossary, Instant lastModified,
                            List<Problem> warnings) {

    public KnowledgeBase {
        documents = List.copyOf(documents);
        faq = List.copyOf(faq);
        warnings = List.copyOf(warnings);
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Section> section(SectionRef ref) {
        return document(ref.documentId()).flatMap(d -> d.section(ref.sectionId()));
    }

    public Stream<Section> sections() {
        return documents.stream().flatMap(d -> d.sections().stream());
    }

    /** The academic years the documents apply to, e.g. "2022/23", joined when they differ. */
    public String academicYears() {
        return String.join(", ", documents.stream().map(Document::academicYear).distinct().sorted().toList());
    }
}
