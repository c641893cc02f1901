package it.polimi.auic.advisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * Loads the folder; throws {@link KnowledgeException} listing every problem when anything is wrong,
     * including a {@code required} section that is missing or has no text.
     */
    public static KnowledgeBase load(Path dir, List<RequiredSection> required) {
        List<Problem> problems = new ArrayList<>();
        KnowledgeBase knowledge = read(dir, required, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return knowledge;
    }

    /** Loads a folder no other part relies on (tests, tools): as {@link #load(Path, List)} with nothing required. */
    public static KnowledgeBase load(Path dir) {
        return load(dir, List.of());
    }

    /** Every problem in the folder, in the order of the files; empty when it can be loaded. */
    public static List<Problem> validate(Path dir, List<RequiredSection> required) {
        List<Problem> problems = new ArrayList<>();
        read(dir, required, problems);
        return List.copyOf(problems);
    }

    /** As {@link #validate(Path, List)} with nothing required. */
    public static List<Problem> validate(Path dir) {
        return validate(dir, List.of());
    }

    private static KnowledgeBase read(Path dir, List<RequiredSection> required, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, "is not a folder"));
            return null;
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : markdownFiles(dir, problems)) {
            Document document = DocumentParser.parse(SourceLines.read(file, problems), problems);
            if (document != null) {
                documents.add(document);
            }
        }
        if (documents.isEmpty()) {
            problems.add(new Problem(dir, 0, "has no regulation documents (*.md files)"));
        }
        checkUniqueIds(documents, problems);
        List<FaqEntry> faq = new ArrayList<>();
        Path faqDir = dir.resolve(FAQ_FOLDER);
        if (Files.isDirectory(faqDir)) {
            for (Path file : markdownFiles(faqDir, problems)) {
                faq.addAll(FaqParser.parse(SourceLines.read(file, problems), problems));
            }
        }
        Path glossaryFile = dir.resolve(GLOSSARY_FILE);
        Glossary glossary = Files.exists(glossaryFile)
                ? Glossary.parse(SourceLines.read(glossaryFile, problems), problems)
                : Glossary.empty(glossaryFile);
        KnowledgeBase knowledge = new KnowledgeBase(documents, faq, glossary, lastModified(dir, problems));
        checkFaq(knowledge, problems);
        RequiredSections.check(knowledge, required, dir, problems);
        return knowledge;
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

    private static void checkFaq(KnowledgeBase knowledge, List<Problem> problems) {
        Map<String, FaqEntry> questions = new HashMap<>();
        for (FaqEntry entry : knowledge.faq()) {
            java.util.Optional<Section> section = knowledge.section(entry.target());
            if (section.isEmpty()) {
                problems.add(new Problem(entry.file(), entry.sectionLine(), "points at section '" + entry.target()
                        + "', which does not exist in knowledge/"));
            } else if (!section.get().hasText()) {
                problems.add(new Problem(entry.file(), entry.sectionLine(), "points at section '" + entry.target()
                        + "', which has no text of its own; point it at the subsection that has the answer"));
            } else {
                checkAnswers(entry, section.get(), problems);
            }
            FaqEntry earlier = questions.putIfAbsent(entry.question().toLowerCase(java.util.Locale.ROOT), entry);
            if (earlier != null) {
                problems.add(new Problem(entry.file(), entry.line(), "the same question is already at "
                        + earlier.file().getFileName() + ":" + earlier.line()));
            }
        }
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
