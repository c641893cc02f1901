package it.polimi.auic.advisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and validates the whole {@code knowledge/} folder:
 * <ul>
 *   <li>{@code *.md}: one regulation document each (except {@code README.md}, the staff's guide);</li>
 *   <li>{@code faq/*.md}: curated questions pointing at sections;</li>
 *   <li>{@code glossary.txt}: words students use for the same thing.</li>
 * </ul>
 * Every problem is collected, with file and line, before giving up, so staff can fix them all at once.
 */
public final class KnowledgeLoader {

    public static final String GLOSSARY_FILE = "glossary.txt";
    public static final String FAQ_FOLDER = "faq";
    private static final String STAFF_GUIDE = "README.md";

    private KnowledgeLoader() {
    }

    /**
     * Loads the folder; throws {@link KnowledgeException} listing every error when anything is wrong,
     * including a {@code required} section that is missing or has no text. Warnings are kept in
     * {@link KnowledgeBase#warnings()}.
     */
    public static KnowledgeBase load(Path dir, List<RequiredSection> required) {
        List<Problem> problems = new ArrayList<>();
        KnowledgeBase knowledge = read(dir, required, problems, new ArrayList<>());
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return knowledge;
    }

    /** Loads a folder no other part relies on (tests, tools): as {@link #load(Path, List)} with nothing required. */
    public static KnowledgeBase load(Path dir) {
        return load(dir, List.of());
    }

    /** Every error and warning in the folder, in the order of the files; no error when it can be loaded. */
    public static KnowledgeReport check(Path dir, List<RequiredSection> required) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        read(dir, required, problems, warnings);
        return new KnowledgeReport(problems, warnings);
    }

    /** Every error in the folder, in the order of the files; empty when it can be loaded. */
    public static List<Problem> validate(Path dir, List<RequiredSection> required) {
        return check(dir, required).errors();
    }

    /** As {@link #validate(Path, List)} with nothing required. */
    public static List<Problem> validate(Path dir) {
        return validate(dir, List.of());
    }

    private static KnowledgeBase read(Path dir, List<RequiredSection> required, List<Problem> problems,
                                      List<Problem> warnings) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, "is not a folder"));
            return null;
        }
        List<Document> documents = new ArrayList<>();
        List<Path> documentFiles = markdownFiles(dir, problems);
        for (Path file : documentFiles) {
            Document document = DocumentParser.parse(SourceLines.read(file, problems), problems, warnings);
            if (document != null) {
                documents.add(document);
            }
        }
        if (documents.isEmpty()) {
            problems.add(new Problem(dir, 0, "has no regulation documents (*.md files)"));
        }
        checkUniqueIds(documents, problems);
        List<FaqEntry> faq = readFaq(dir, problems, warnings);
        Glossary glossary = readGlossary(dir, problems, warnings);
        KnowledgeBase knowledge = new KnowledgeBase(documents, faq, glossary, lastModified(dir, problems), warnings);
        MissingDocuments missing = new MissingDocuments(dir);
        checkFaq(knowledge, missing, problems);
        RequiredSections.check(knowledge, required, missing, problems);
        // The regulations first: a broken heading there is why FAQ entries point nowhere.
        Comparator<Problem> byFile = Comparator.comparingInt((Problem p) -> fileKind(dir, p.file()))
                .thenComparing(p -> p.file().toString()).thenComparingInt(Problem::line);
        problems.sort(byFile);
        List<Problem> missingDocuments = missing.problems();
        problems.addAll(0, missingDocuments);
        if (missingDocuments.isEmpty() && documents.size() == documentFiles.size()) {
            // Checked against every document: with one missing, they would only repeat the errors.
            FaqFigures.check(knowledge, warnings);
            GlossaryReach.check(knowledge, warnings);
        }
        warnings.sort(byFile);
        return new KnowledgeBase(documents, faq, glossary, knowledge.lastModified(), warnings);
    }

    private static List<FaqEntry> readFaq(Path dir, List<Problem> problems, List<Problem> warnings) {
        List<FaqEntry> faq = new ArrayList<>();
        Path faqDir = dir.resolve(FAQ_FOLDER);
        if (!Files.isDirectory(faqDir)) {
            warnings.add(new Problem(faqDir, 0, "is missing: without FAQ entries, students' questions are answered "
                    + "from the regulation text alone, and less well"));
            return faq;
        }
        for (Path file : markdownFiles(faqDir, problems)) {
            int errorsBefore = problems.size();
            List<FaqEntry> entries = FaqParser.parse(SourceLines.read(file, problems), problems);
            if (entries.isEmpty() && problems.size() == errorsBefore) {
                warnings.add(new Problem(file, 0, "is empty: it has no FAQ entries ('## question' lines); "
                        + "delete the file if that is meant"));
            }
            faq.addAll(entries);
        }
        return faq;
    }

    private static Glossary readGlossary(Path dir, List<Problem> problems, List<Problem> warnings) {
        Path file = dir.resolve(GLOSSARY_FILE);
        if (!Files.exists(file)) {
            warnings.add(new Problem(file, 0, "is missing: students' own words (cfu, tirocinio, media) will no "
                    + "longer find the regulations' words; put the file back"));
            return Glossary.empty(file);
        }
        int errorsBefore = problems.size();
        Glossary glossary = Glossary.parse(SourceLines.read(file, problems), problems, warnings);
        if (glossary.rules().isEmpty() && problems.size() == errorsBefore) {
            warnings.add(new Problem(file, 0, "is empty: it has no rules, so students' own words (cfu, tirocinio, "
                    + "media) will no longer find the regulations' words"));
        }
        return glossary;
    }

    /** 0 for a regulation document, 1 for a FAQ file, 2 for the glossary and anything else. */
    private static int fileKind(Path dir, Path file) {
        if (file.startsWith(dir.resolve(FAQ_FOLDER))) {
            return 1;
        }
        return file.getFileName() != null && file.getFileName().toString().endsWith(".md")
                && dir.equals(file.getParent()) ? 0 : 2;
    }

    private static List<Path> markdownFiles(Path dir, List<Problem> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals(STAFF_GUIDE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(dir, 0, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static void checkUniqueIds(List<Document> documents, List<Problem> problems) {
        Map<String, Path> seen = new HashMap<>();
        for (Document document : documents) {
            Path earlier = seen.putIfAbsent(document.id(), document.file());
            if (earlier != null) {
                problems.add(new Problem(document.file(), 0, "document id '" + document.id()
                        + "' is already used by " + earlier));
            }
        }
    }

    /**
     * Every entry must point at a section with text and quote it verbatim. Entries pointing at the same
     * missing section, or into the same missing document, are reported once per FAQ file, at the first
     * one's {@code section:} line, with the lines of the others.
     */
    private static void checkFaq(KnowledgeBase knowledge, MissingDocuments missing, List<Problem> problems) {
        Map<String, FaqEntry> questions = new HashMap<>();
        Map<List<Object>, List<FaqEntry>> pointingNowhere = new LinkedHashMap<>();
        for (FaqEntry entry : knowledge.faq()) {
            Optional<Document> document = knowledge.document(entry.target().documentId());
            Optional<Section> section = document.flatMap(d -> d.section(entry.target().sectionId()));
            if (document.isEmpty()) {
                missing.citedByFaq(entry.target().documentId(), entry.file());
                pointingNowhere.computeIfAbsent(List.of(entry.file(), entry.target().documentId()),
                        key -> new ArrayList<>()).add(entry);
            } else if (section.isEmpty()) {
                pointingNowhere.computeIfAbsent(List.of(entry.file(), entry.target()), key -> new ArrayList<>())
                        .add(entry);
            } else if (!section.get().hasText()) {
                problems.add(new Problem(entry.file(), entry.sectionLine(), "points at section '" + entry.target()
                        + "', which has no text of its own; point it at the subsection that has the answer"));
            } else {
                checkAnswers(entry, section.get(), problems);
            }
            FaqEntry earlier = questions.putIfAbsent(entry.question().toLowerCase(Locale.ROOT), entry);
            if (earlier != null) {
                problems.add(new Problem(entry.file(), entry.line(), "the same question is already at "
                        + earlier.file().getFileName() + ":" + earlier.line()));
            }
        }
        pointingNowhere.values().forEach(entries -> problems.add(pointsNowhere(knowledge, missing, entries)));
    }

    private static Problem pointsNowhere(KnowledgeBase knowledge, MissingDocuments missing, List<FaqEntry> entries) {
        FaqEntry first = entries.get(0);
        SectionRef target = first.target();
        Optional<Document> document = knowledge.document(target.documentId());
        String what = document.isPresent()
                ? "points at section '" + target + "', which does not exist in " + document.get().file().getFileName()
                : "points at section '" + target + "', which does not exist: no document in knowledge/ has the id '"
                        + target.documentId() + "'" + (missing.looksDeleted(target.documentId())
                        ? " (see " + target.documentId() + ".md above)" : "; check the spelling");
        List<String> lines = entries.stream().skip(1).map(e -> String.valueOf(e.sectionLine())).toList();
        String others = lines.isEmpty() ? ""
                : lines.size() == 1 ? "; so does one more entry of this file (line " + lines.get(0) + ")"
                : "; so do " + lines.size() + " more entries of this file (lines " + String.join(", ", lines) + ")";
        return new Problem(first.file(), first.sectionLine(), what + others);
    }

    /** Every {@code answer:} must be words of the target section, exactly, so the reply quotes the rule. */
    private static void checkAnswers(FaqEntry entry, Section section, List<Problem> problems) {
        for (FaqEntry.Answer answer : entry.answers()) {
            if (!Verbatim.contains(section.body(), answer.text())) {
                problems.add(new Problem(entry.file(), answer.line(), "this answer is not in section '"
                        + entry.target() + "' word for word; copy the sentence from the section exactly "
                        + "(or point 'section:' at the section that has it)"));
            }
        }
    }

    private static Instant lastModified(Path dir, List<Problem> problems) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(KnowledgeLoader::modifiedTime)
                    .max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new Problem(dir, 0, "cannot be listed: " + e.getMessage()));
            return Instant.EPOCH;
        }
    }

    private static Instant modifiedTime(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
