package it.polimi.auic.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.TestFolders;
import it.polimi.auic.advisor.command.Invocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.polimi.auic.advisor.config.ConfigException;
import it.polimi.auic.advisor.feedback.FeedbackEntry;
import it.polimi.auic.advisor.feedback.FeedbackLog;
import it.polimi.auic.advisor.feedback.FeedbackSettings;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCommandTest {

    @TempDir
    Path root;

    private Path configDir;
    private Path dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void configure() throws IOException {
        TestFolders.copyRepository(root);
        configDir = root.resolve("config");
        dataDir = root.resolve("data");
    }

    private void log(FeedbackEntry... entries) {
        try (FeedbackLog log = FeedbackLog.open(dataDir, FeedbackSettings.defaults(), Clock.systemUTC())) {
            for (FeedbackEntry entry : entries) {
                assertTrue(log.record(entry));
            }
        }
    }

    /** {@code report ARGS} on this test's folders, as the jar runs it. */
    private CommandLine report(String... args) {
        List<String> line = new ArrayList<>(List.of("--knowledge", root.resolve("knowledge").toString(),
                "--config", configDir.toString(), "report"));
        line.addAll(List.of(args));
        return CommandLine.run(new ReportCommand(), "", line.toArray(String[]::new));
    }

    private String run(String... args) {
        CommandLine report = report(args);
        assertEquals(0, report.exit(), report.err());
        return report.out();
    }

    private static FeedbackEntry unanswered(String day, String question) {
        return FeedbackEntry.unanswered(Instant.parse(day + "T10:00:00Z"), question);
    }

    private static FeedbackEntry unhelpful(String day, String question, String section) {
        return FeedbackEntry.rated(Instant.parse(day + "T10:00:00Z"), false, question, section);
    }

    @Test
    void textListsWhatAnEntryCouldAnswerApartFromWhatTheRegulationsLack() throws Exception {
        log(unanswered("2025-03-01", "visa for non-EU students"),
                unanswered("2025-03-02", "How do I find accommodation in Milan?"),
                unanswered("2025-03-03", "where to find accommodation milan"),
                unhelpful("2025-03-03", "How many workshop credits can be recognised?", "programme-rules 7.2"),
                FeedbackEntry.rated(Instant.parse("2025-03-03T11:00:00Z"), true, "erasmus deadline", "mobility erasmus-plus"));

        String text = run();

        assertEquals("""
                Feedback log %s: 5 entries in 1 file.
                Reported: 3 questions the advisor could not answer, 1 answer marked unhelpful, 0 questions the staff answered.

                An entry could answer these (the regulations hold related text): 1 in 1 group, most frequent first
                  1. 1× How many workshop credits can be recognised? (answer marked unhelpful)
                       related text: programme-rules 7.2 Workshops
                       answered from: programme-rules 7.2 (1)
                       last 2025-03-03 (UTC)

                Not in the regulations (for the staff to answer, or an office to name): 3 in 2 groups, most frequent first
                  1. 2× How do I find accommodation in Milan? (not answered)
                       also asked: "where to find accommodation milan"
                       last 2025-03-03, first 2025-03-02 (UTC)
                  2. 1× visa for non-EU students (not answered)
                       last 2025-03-01 (UTC)
                """.formatted(dataDir.resolve("feedback")), text);
    }

    /** The log staff tried the report on: noise, one question in two languages, one the regulations answer. */
    private void logWithNoiseAndBilingualDuplicates() throws IOException {
        log(unanswered("2025-03-01", "where is the canteen"),
                unanswered("2025-03-02", "dov'è la mensa"),
                unanswered("2025-03-02", "where is the canteen"),
                unanswered("2025-03-03", "mensa?"),
                unanswered("2025-03-02", "how many workshop credits can be recognised"),
                unanswered("2025-03-03", "How many workshop credits can be recognised?"),
                FeedbackEntry.staffAnswered(Instant.parse("2025-03-03T12:00:00Z"), "ISEE", "Ask the Student Office."),
                unanswered("2025-03-01", "c"),
                unanswered("2025-03-01", "c"),
                unanswered("2025-03-01", "clear"),
                unanswered("2025-03-01", "/start"),
                unanswered("2025-03-01", "/help"),
                unanswered("2025-03-02", "/reload"),
                unanswered("2025-03-02", "🙂"),
                unanswered("2025-03-02", "???"),
                unanswered("2025-03-02", "asdfgh"),
                unanswered("2025-03-03", "kkkkk"),
                unhelpful("2025-03-03", "x", "programme-rules 7.2"));
        Path file;
        try (var files = Files.list(dataDir.resolve("feedback"))) {
            file = files.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        Files.writeString(file, "{\"time\": \"yesterday\", \"kind\": \"unanswered\"}\n", StandardOpenOption.APPEND);
    }

    private void appendToGlossary(String rule) throws IOException {
        Files.writeString(root.resolve("knowledge/glossary.txt"), "\n" + rule + "\n", StandardOpenOption.APPEND);
    }

    @Test
    void noiseIsLeftOutAndCountedAndBothLanguagesShareAGroup() throws Exception {
        logWithNoiseAndBilingualDuplicates();

        String text = run();

        assertEquals("""
                Feedback log %s: 18 entries in 1 file (1 unreadable line skipped).
                Reported: 6 questions the advisor could not answer, 0 answers marked unhelpful, 1 question the staff answered.
                11 messages left out as noise: single letters, commands, emoji-only, gibberish.

                An entry could answer these (the regulations hold related text): 2 in 1 group, most frequent first
                  1. 2× how many workshop credits can be recognised (not answered)
                       related text: programme-rules 7.2 Workshops
                       also asked: "How many workshop credits can be recognised?"
                       last 2025-03-03, first 2025-03-02 (UTC)

                Not in the regulations (for the staff to answer, or an office to name): 5 in 2 groups, most frequent first
                  1. 4× where is the canteen (not answered)
                       also asked: "dov'è la mensa"; "mensa?"
                       last 2025-03-03, first 2025-03-01 (UTC)
                  2. 1× ISEE (answered by the staff)
                       last 2025-03-03 (UTC)
                """.formatted(dataDir.resolve("feedback")), text);
    }

    @Test
    void jsonCarriesTheNoiseCountAndEachGroupsVerdict() throws Exception {
        logWithNoiseAndBilingualDuplicates();

        JsonNode json = new ObjectMapper().readTree(run("--json"));

        assertEquals(11, json.get("noise").asInt());
        assertEquals(true, json.get("checked").asBoolean());
        assertTrue(json.get("knowledgeProblem").isNull());
        Map<String, JsonNode> byQuestion = new java.util.HashMap<>();
        json.get("groups").forEach(group -> byQuestion.put(group.get("question").asText(), group));
        assertEquals(Set.of("how many workshop credits can be recognised", "where is the canteen", "ISEE"),
                byQuestion.keySet());
        JsonNode workshops = byQuestion.get("how many workshop credits can be recognised");
        assertEquals("entry-could-answer", workshops.get("verdict").asText());
        assertEquals("programme-rules 7.2 Workshops", workshops.get("relatedSection").asText());
        JsonNode canteen = byQuestion.get("where is the canteen");
        assertEquals(4, canteen.get("count").asInt());
        assertEquals("not-in-regulations", canteen.get("verdict").asText());
        assertTrue(canteen.get("relatedSection").isNull());
    }

    @Test
    void knowledgeThatCannotBeLoadedIsSaidInOneLineAndTheReportStillPrinted() throws Exception {
        logWithNoiseAndBilingualDuplicates();
        Files.writeString(root.resolve("knowledge/programme-rules.md"), "no front matter here\n");

        CommandLine report = report();

        assertEquals(0, report.exit(), report.err());
        assertTrue(report.clean(), report.out() + report.err());
        List<String> lines = report.out().lines().toList();
        assertEquals(1, lines.stream().filter(line -> line.startsWith("The knowledge in ")).count(), report.out());
        assertTrue(report.out().contains("could not be loaded (") && report.out().contains(
                "): questions are grouped without the glossary and not checked against the regulations."), report.out());
        assertTrue(report.out().contains("Not checked against the regulations: 7 in 4 groups"), report.out());
        assertTrue(report.out().contains("11 messages left out as noise"), report.out());
        JsonNode json = new ObjectMapper().readTree(report("--json").out());
        assertEquals(false, json.get("checked").asBoolean());
        assertTrue(json.get("knowledgeProblem").asText().startsWith("The knowledge in "), json.toString());
        assertTrue(json.get("groups").get(0).get("verdict").isNull());
    }

    @Test
    void jsonCarriesTheGroupsAndFiltersBySinceAndKind() throws Exception {
        log(unanswered("2025-02-28", "old question about the visa"),
                unanswered("2025-03-01", "accommodation milan"),
                unanswered("2025-03-02", "where to find accommodation milan"),
                unhelpful("2025-03-02", "workshop credits", "programme-rules 7.2"));

        JsonNode json = new ObjectMapper().readTree(run("--json", "--since", "2025-03-01", "--kind", "UNANSWERED"));

        assertEquals(2, json.get("entries").asInt());
        assertEquals("2025-03-01", json.get("since").asText());
        assertEquals("[\"unanswered\"]", json.get("kinds").toString());
        assertEquals(1, json.get("groups").size(), json.toString());
        JsonNode group = json.get("groups").get(0);
        assertEquals("unanswered", group.get("kind").asText());
        assertEquals(2, group.get("count").asInt());
        assertEquals("accommodation milan", group.get("question").asText());
        assertEquals("[\"where to find accommodation milan\"]", group.get("examples").toString());
        assertEquals("2025-03-02T10:00:00Z", group.get("lastAsked").asText());
    }

    @Test
    void jsonOfUnhelpfulAnswersListsTheirSections() throws Exception {
        log(unhelpful("2025-03-02", "workshop credits", "programme-rules 7.2"));

        JsonNode group = new ObjectMapper().readTree(run("--json", "--kind", "unhelpful")).get("groups").get(0);

        assertEquals("[{\"section\":\"programme-rules 7.2\",\"count\":1}]", group.get("sections").toString());
    }

    @Test
    void anEmptyLogIsReportedPlainly() throws Exception {
        assertEquals("No feedback has been logged yet (nothing in " + dataDir.resolve("feedback") + ").\n", run());
        assertEquals(0, new ObjectMapper().readTree(run("--json")).get("groups").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --since 2023-02-30 | --since '2023-02-30' is not a real date
            --since yesterday  | --since 'yesterday' is not a real date
            --since            | --since needs a value
            --since --json     | --since needs a value
            --kind             | --kind needs a value
            --kind everything  | --kind 'everything' must be one of unanswered, unhelpful, helpful, staff
            --verbose          | unknown option '--verbose'
            extra              | unexpected argument 'extra'
            """)
    void badArgumentsAreAUsageErrorNamingTheArgument(String args, String message) {
        CommandLine report = report(args.split(" "));

        assertEquals(2, report.exit());
        assertEquals("", report.out());
        assertTrue(report.err().startsWith("report: " + message), report.err());
        assertEquals(1, report.err().lines().count());
        assertTrue(report.clean(), report.err());
    }

    @Test
    void aHugeBadArgumentIsQuotedShort() {
        CommandLine report = report("--since", "9".repeat(10_000) + "\n");

        assertEquals(2, report.exit());
        assertTrue(report.err().length() < 200, report.err());
        assertEquals(1, report.err().lines().count());
    }

    @Test
    void aBrokenConfigIsAConfigError() throws IOException {
        Files.writeString(configDir.resolve("advisor.json"), "{\"dataDir\": 3");

        Invocation invocation = new Invocation(root.resolve("knowledge"), configDir,
                new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of());
        assertThrows(ConfigException.class, () -> new ReportCommand().run(invocation));
    }
}
