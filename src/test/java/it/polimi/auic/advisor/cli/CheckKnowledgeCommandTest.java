package it.polimi.auic.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.TestFolders;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckKnowledgeCommandTest {

    @Test
    void theRepositoryKnowledgeIsValid() {
        CommandLine run = CommandLine.run("", "check-knowledge");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("OK: "), run.out());
    }

    @Test
    void everyProblemIsListedWithFileAndLine(@TempDir Path root) {
        TestFolders.copyRepository(root);
        TestFolders.append(root.resolve("knowledge/faq/mobility.md"), "\n## Where do I park?\nsection: mobility parking\nanswer: Via Golgi 42\n");
        TestFolders.replace(root.resolve("knowledge/mobility.md"), "id: mobility\n", "id: mobility\nid: again\n");
        TestFolders.replace(root.resolve("config/advisor.json"), "\"admins\": []", "\"admins\": [-1]");

        CommandLine run = CommandLine.run("", "--knowledge", root.resolve("knowledge").toString(),
                "--config", root.resolve("config").toString(), "check-knowledge");

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().matches("(?s).*mobility\\.md:3: header key 'id' is given twice.*"), run.err());
        assertTrue(run.err().matches("(?s).*mobility\\.md:\\d+: points at section 'mobility parking'.*"), run.err());
        assertTrue(run.err().contains("advisor.json") && run.err().contains("admins[0]"), run.err());
        assertTrue(run.clean());
    }

    @Test
    void warningsAloneArePrintedWithTheSummaryAndExitZero(@TempDir Path root) {
        TestFolders.copyRepository(root);
        TestFolders.append(root.resolve("knowledge/glossary.txt"), "\npracticum => traineship\n");

        CommandLine run = CommandLine.run("", "--knowledge", root.resolve("knowledge").toString(),
                "--config", root.resolve("config").toString(), "check-knowledge");

        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(2, lines.length, run.out());
        assertTrue(lines[0].matches("warning: .*glossary\\.txt:\\d+: 'traineship' \\(after '=>'\\) occurs nowhere.*"),
                lines[0]);
        assertTrue(lines[1].startsWith("OK: ") && lines[1].endsWith("(1 warning above)."), lines[1]);
    }

    @Test
    void aDeletedRegulationFileIsNamedFirst(@TempDir Path root) throws java.io.IOException {
        TestFolders.copyRepository(root);
        java.nio.file.Files.delete(root.resolve("knowledge/mobility.md"));

        CommandLine run = CommandLine.run("", "--knowledge", root.resolve("knowledge").toString(),
                "--config", root.resolve("config").toString(), "check-knowledge");

        assertEquals(2, run.exit());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.matches(".*mobility\\.md: is missing: no file in knowledge/ has 'id: mobility'.*FAQ entries "
                + "\\(in faq/alliance4tech\\.md, faq/mobility\\.md\\).*calculator.*"), first);
        assertTrue(run.err().lines().count() <= 4, "one line per FAQ file, not one per entry:\n" + run.err());
    }
}
