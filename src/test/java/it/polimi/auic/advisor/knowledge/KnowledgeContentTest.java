package it.polimi.auic.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import it.polimi.auic.advisor.app.CalculatorSections;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs on the real {@code knowledge/} folder the staff edit the same validation that {@code check-knowledge}
 * and live reload run (every section the calculators cite included), and fails with one report listing
 * every problem, so a broken edit never reaches students.
 */
class KnowledgeContentTest {

    private static final Path KNOWLEDGE = Path.of("knowledge");

    @Test
    void theKnowledgeFolderHasNoProblems() {
        List<Problem> problems = KnowledgeLoader.validate(KNOWLEDGE, CalculatorSections.ALL);

        if (!problems.isEmpty()) {
            fail(problems.size() + " problems in " + KNOWLEDGE.toAbsolutePath() + ":\n  "
                    + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        }
    }

    @Test
    void theKnowledgeFolderHasNoWarnings() {
        List<Problem> warnings = KnowledgeLoader.check(KNOWLEDGE, CalculatorSections.ALL).warnings();

        if (!warnings.isEmpty()) {
            fail(warnings.size() + " warnings in " + KNOWLEDGE.toAbsolutePath() + ":\n  "
                    + String.join("\n  ", warnings.stream().map(Problem::toString).toList()));
        }
    }

    @Test
    void theValidationCatchesAMissingCitedSectionAFaqEntryOnAnEmptySectionAndAHeadingOutOfOrder(@TempDir Path dir) {
        new KnowledgeFolder(dir)
                .file("rules.md", KnowledgeFolder.document("programme-rules",
                        "## 9 Examinations\n\n## 9.1 Procedures\n\nText.\n"))
                .file("faq/exams.md", "## How many exam sessions?\nsection: programme-rules 9\nanswer: Text.\n");

        List<String> report = KnowledgeLoader.validate(dir, CalculatorSections.ALL).stream().map(Problem::toString)
                .toList();

        assertTrue(report.stream().anyMatch(p -> p.contains("exams.md:2:") && p.contains("no text of its own")),
                report.toString());
        assertTrue(report.stream().anyMatch(p -> p.contains("rules.md:10:") && p.contains("section 9.1 has ##")),
                report.toString());
        assertTrue(report.stream().anyMatch(p -> p.contains("mobility.md: is missing")), report.toString());
        assertTrue(report.stream().anyMatch(p -> p.contains("rules.md: section 1.3.1 is missing")
                && p.contains("calculators")), report.toString());
    }
}
