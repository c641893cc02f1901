package it.polimi.auic.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @Test
    void printsTheFiguresAndEachMissWithWhatCameFirst(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.json");
        Files.writeString(file, """
                {"questions": [
                  {"id": "q1", "q": "Does studio attendance expire?", "expect": ["attendance achieved does not expire"]},
                  {"id": "q2", "q": "Does studio attendance expire?", "expect": ["a phrase in no section at all"]},
                  {"id": "q3", "q": "What's the capital of Australia?", "abstain": true}
                ]}
                """);

        CommandLine run = CommandLine.run("", "eval", file.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("miss q2 (not in the answers), first: programme-rules 5.4.1 Studios"), run.out());
        assertTrue(run.out().contains("in-scope n=2 Recall@1=0.500"), run.out());
        assertTrue(run.out().contains("out-of-scope refused 1/1"), run.out());
    }

    @Test
    void aMalformedFileIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"questions\": [ {\"id\": ");

        CommandLine run = CommandLine.run("", "eval", file.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad.json"));
        assertTrue(run.clean(), run.err());
    }
}
