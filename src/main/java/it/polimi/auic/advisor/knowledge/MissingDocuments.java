package it.polimi.auic.advisor.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents that FAQ entries or calculators cite but that no file has, so that a regulation file deleted
 * or renamed is reported as such, once, rather than as dozens of entries pointing nowhere.
 */
final class MissingDocuments {

    /** Who cites one missing document: each citer with the sections it cites, and the FAQ. */
    private static final class Citations {
        final Map<String, Set<String>> citers = new LinkedHashMap<>();
        final Set<Path> faqFiles = new LinkedHashSet<>();
        int faqEntries;
    }

    private final Path dir;
    private final Map<String, Citations> byId = new LinkedHashMap<>();

    MissingDocuments(Path dir) {
        this.dir = dir;
    }

    /** Records that {@code citer} (the calculators, in words for staff) cites a section of the missing document. */
    void citedBy(SectionRef section, String citer) {
        citations(section.documentId()).citers.computeIfAbsent(citer, key -> new LinkedHashSet<>())
                .add(section.sectionId());
    }

    /** Records that a FAQ entry of {@code faqFile} points into the missing document {@code id}. */
    void citedByFaq(String id, Path faqFile) {
        Citations citations = citations(id);
        citations.faqEntries++;
        citations.faqFiles.add(faqFile);
    }

    /**
     * Whether {@code id} is worth naming as a missing document, not just as a FAQ entry's typo: something
     * besides one FAQ entry cites it.
     */
    boolean looksDeleted(String id) {
        Citations citations = byId.get(id);
        return citations != null && (!citations.citers.isEmpty() || citations.faqEntries > 1);
    }

    /** One problem per document worth naming, at the file it was surely in ({@code id.md}). */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        byId.forEach((id, citations) -> {
            if (!looksDeleted(id)) {
                return;
            }
            Path file = dir.resolve(id + ".md");
            String whoCites = whoCites(citations);
            problems.add(Files.exists(file)
                    ? new Problem(file, 0, "no longer has 'id: " + id + "' in its header, and " + whoCites
                            + " that id; put the id back")
                    : new Problem(file, 0, "is missing: no file in knowledge/ has 'id: " + id + "' in its header, "
                            + "and " + whoCites + " it; put the file back (or, if it was renamed, check the id in "
                            + "its header)"));
        });
        return problems;
    }

    private String whoCites(Citations citations) {
        List<String> who = new ArrayList<>();
        if (citations.faqEntries > 0) {
            who.add(citations.faqEntries + (citations.faqEntries == 1 ? " FAQ entry" : " FAQ entries") + " (in "
                    + String.join(", ", citations.faqFiles.stream().map(f -> dir.relativize(f).toString()).toList())
                    + ")");
        }
        citations.citers.forEach((citer, sections) -> who.add(citer + " (" + (sections.size() == 1 ? "section "
                : "sections ") + String.join(", ", sections) + ")"));
        String joined = who.size() == 1 ? who.get(0)
                : String.join(", ", who.subList(0, who.size() - 1)) + " and " + who.get(who.size() - 1);
        return joined + (citations.faqEntries + citations.citers.size() == 1 ? " cites" : " cite");
    }

    private Citations citations(String id) {
        return byId.computeIfAbsent(id, key -> new Citations());
    }
}
