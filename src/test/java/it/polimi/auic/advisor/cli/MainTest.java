package it.polimi.auic.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void anUnknownCommandIsAUsageError() {
        CommandLine run = CommandLine.run("", "frobnicate");

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("unknown command 'frobnicate'"));
    }

    @Test
    void aFolderOptionWithoutAFolderIsAUsageError() {
        CommandLine run = CommandLine.run("", "ask", "--knowledge");

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("--knowledge needs a value (DIR)"), run.err());
    }

    @Test
    void aMissingKnowledgeFolderIsReportedInOneLineWithoutStackTrace(@TempDir Path empty) {
        CommandLine run = CommandLine.run("", "--knowledge", empty.resolve("nope").toString(), "ask", "--json", "x");

        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("nope"), run.err());
        assertTrue(run.clean(), run.err());
    }

    @Test
    void aBrokenConfigNamesTheFileAndKey(@TempDir Path config) throws Exception {
        Files.writeString(config.resolve("advisor.json"), "{\"dataDir\": \"data\", \"admins\": [], \"conversationIdleMinutes\": 0}");

        CommandLine run = CommandLine.run("", "--config", config.toString(), "ask", "--json", "x");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("advisor.json") && run.err().contains("conversationIdleMinutes"), run.err());
    }

    @Test
    void helpListsTheCommands() {
        CommandLine run = CommandLine.run("", "help");

        assertEquals(0, run.exit());
        assertTrue(run.out().contains("check-knowledge"));
    }
}
