package it.polimi.auic.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.Main;
import it.polimi.auic.advisor.calc.CalcFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalcCommandTest {

    private CommandLine last;

    /** {@code calc ARGS} as the jar runs it, with this command instance (and so its clock). */
    private CommandLine run(CalcCommand command, Path config, String stdin, String... args) {
        List<String> line = new ArrayList<>(List.of("--config", config.toString(), "calc"));
        line.addAll(List.of(args));
        last = CommandLine.run(command, stdin, line.toArray(String[]::new));
        return last;
    }

    private String stdout() {
        return last.out();
    }

    @Test
    void theStudioDeadlineIsJudgedOnTheInjectedToday() throws Exception {
        CalcCommand onTheDay = new CalcCommand(CalcFixtures.clock());
        // Attended in 2024/25: the window was 2025/26, whose autumn session ended in September 2026, before 22 November 2026.
        run(onTheDay, Path.of("config"), "{\"attendanceAcademicYear\": \"2024/25\", \"attendancePercent\": 80}", "studio", "--json");
        assertTrue(stdout().contains("\"expired\":true"), stdout());
        assertTrue(stdout().contains("22 November 2026"), stdout());
    }

    @Test
    void withoutJsonItPrintsTheVerdictAsAStudentReadsIt() throws Exception {
        run(new CalcCommand(CalcFixtures.clock()), Path.of("config"),
                "{\"exams\": [{\"grade\": 18, \"credits\": 6}, {\"grade\": 27, \"credits\": 10}]}", "gparam");
        assertTrue(stdout().startsWith("G = 378"), stdout());
        assertTrue(stdout().contains("✅") && stdout().contains("§6.1"), stdout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nosuch", "gparam merit", "gparam --yaml"})
    void usageMistakesAreBadInputNamingTheArgument(String args) {
        String[] split = args.isEmpty() ? new String[0] : args.split(" ");
        CommandLine calc = run(new CalcCommand(CalcFixtures.clock()), Path.of("config"), "{}", split);
        assertEquals(2, calc.exit());
        assertEquals("", calc.out());
        assertEquals(1, calc.err().lines().count(), calc.err());
        assertTrue(calc.err().startsWith("calc: "), calc.err());
        assertTrue(calc.err().contains("admission, merit, alliance4tech, studio, gparam"), calc.err());
        String named = split.length == 0 ? "NAME" : split[split.length - 1];
        assertTrue(calc.err().contains(named), "names the argument: " + calc.err());
    }

    @Test
    void aBrokenConfigIsNotTheUsersFault(@TempDir Path empty) {
        CommandLine calc = run(new CalcCommand(CalcFixtures.clock()), empty,
                "{\"exams\": [{\"grade\": 28, \"credits\": 6}]}", "gparam", "--json");
        assertEquals(1, calc.exit());
        assertTrue(calc.err().startsWith("error: ") && calc.err().contains("calculators.json"), calc.err());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--config", empty.toString(), "calc", "gparam", "--json"},
                new ByteArrayInputStream("{\"exams\": [{\"grade\": 28, \"credits\": 6}]}".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("calculators.json"), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "{\"exams\": [", "{\"exams\": []} {}", "{\"exams\": [], \"exams\": []}", "not json",
            "{'exams': []}", "[1, 2]", "null", "\"text\""})
    void inputThatIsNotOneJsonObjectIsBadInputOnOneLine(String stdin) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"calc", "gparam", "--json"},
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(2, code, message);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("no input") || message.startsWith("input "), message);
        assertTrue(!message.contains("Exception") && !message.contains("Source"), message);
    }

    @Test
    void aHugeInputIsRefusedWithoutReadingItAll() {
        String huge = "{\"exams\": [" + "{\"grade\": 28, \"credits\": 6},".repeat(40_000) + "]}";
        CommandLine calc = run(new CalcCommand(CalcFixtures.clock()), Path.of("config"), huge, "gparam", "--json");
        assertEquals(2, calc.exit());
        assertTrue(calc.err().contains("too long"), calc.err());
    }
}
