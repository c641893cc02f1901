package it.polimi.auic.advisor.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The jar's command-line grammar, on two stand-in commands that only record what they were given. */
class LauncherTest {

    /** Records its options and the folders it was run with. */
    @picocli.CommandLine.Command(name = "say", description = "repeat the words")
    static final class Say implements Command {
        @Option(names = "--loud", description = "in capitals")
        boolean loud;

        @Parameters(paramLabel = "WORDS", arity = "0..*", description = "what to say")
        List<String> words = new ArrayList<>();

        Invocation invocation;

        @Override
        public int run(Invocation invocation) {
            this.invocation = invocation;
            invocation.out().print(String.join(" ", words));
            return ExitCode.OK;
        }
    }

    @picocli.CommandLine.Command(name = "fail", description = "always fails")
    static final class Fail implements Command {
        @Override
        public int run(Invocation invocation) {
            throw new IllegalStateException("the disk is full\nat line two");
        }
    }

    private final Say say = new Say();
    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = new Launcher(List.of(say, new Fail()), env -> "say").run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                Map.of());
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void theFolderOptionsGoBeforeOrAfterTheCommand() {
        assertEquals(0, run("--knowledge", "k1", "say", "--config", "c1", "hi"));
        assertEquals(Path.of("k1"), say.invocation.knowledgeDir());
        assertEquals(Path.of("c1"), say.invocation.configDir());
        assertEquals("hi", out);
    }

    @Test
    void withoutFoldersTheCommandReadsTheWorkingDirectorysOnes() {
        assertEquals(0, run("say"));
        assertEquals(Path.of("knowledge"), say.invocation.knowledgeDir());
        assertEquals(Path.of("config"), say.invocation.configDir());
    }

    @Test
    void doubleDashEndsTheOptions() {
        assertEquals(0, run("say", "--loud", "--", "--help", "--loud", "-5 credits?"));
        assertTrue(say.loud);
        assertEquals(List.of("--help", "--loud", "-5 credits?"), say.words);
    }

    @Test
    void anAtSignIsTextNotAFileOfArguments() {
        assertEquals(0, run("say", "@AUIC_bot", "hello"));
        assertEquals("@AUIC_bot hello", out);
    }

    @Test
    void withoutACommandTheDefaultRunsWithTheOptionsGiven() {
        assertEquals(0, run());
        assertEquals(List.of(), say.words);
        assertEquals(0, run("--loud", "--knowledge", "k2"));
        assertTrue(say.loud);
        assertEquals(Path.of("k2"), say.invocation.knowledgeDir());
    }

    @Test
    void eachCommandHasItsOwnHelpOnStdout() {
        assertEquals(0, run("say", "--help"));
        assertTrue(out.contains("repeat the words") && out.contains("--loud") && out.contains("WORDS"), out);
        assertFalse(out.contains("always fails"), "only the command's own usage: " + out);
        assertEquals("", err);
        String commandHelp = out;
        assertEquals(0, run("help", "say"));
        assertEquals(commandHelp, out);
    }

    @Test
    void theJarsHelpListsEveryCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.contains("say") && out.contains("repeat the words") && out.contains("fail"), out);
        assertTrue(out.contains("--knowledge") && out.contains("--config"), out);
        String jarHelp = out;
        assertEquals(0, run("help"));
        assertEquals(jarHelp, out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            say --quiet          | say: unknown option '--quiet'
            say --knowledge      | say: --knowledge needs a value (DIR)
            --config             | --config needs a value (DIR)
            shout hi             | unknown command 'shout'
            fail now             | fail: unexpected argument 'now'
            help shout           | help: unknown command 'shout'
            """)
    void aUsageErrorIsOneLineOnStderrNamingTheArgument(String args, String message) {
        assertEquals(2, run(args.split(" ")));
        assertEquals("", out);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith(message + "; usage: "), err);
    }

    @Test
    void theUsageLineShowsTheCommandsOwnOptionsAndParameters() {
        run("say", "--quiet");
        assertTrue(err.strip().endsWith("usage: say [--loud] [WORDS...]"), err);
    }

    @Test
    void aBadArgumentIsRepeatedShortAndOnOneLine() {
        assertEquals(2, run("say", "--" + "x".repeat(5_000) + "\nsecond line"));
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.length() < 200, err);
    }

    @Test
    void aFailureIsOneLineWithoutAStackTrace() {
        assertEquals(1, run("fail"));
        assertEquals("error: the disk is full\n", err);
        assertEquals("", out);
    }
}
