package it.polimi.auic.advisor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.TestFolders;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as staff run it, its own process on a copy of the folders: a broken edit and then its fix
 * show as one line each between the messages, with no log line in the chat (the log goes to a file).
 */
class ConsoleProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern LOG_LINE = Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} |WARN|INFO|ERROR");

    @TempDir
    Path root;

    @Test
    void aBrokenThenAFixedEditShowOneLineEachAndNoLogLine() throws Exception {
        TestFolders.copyRepository(root);
        Path faq = root.resolve("knowledge/faq/admission-application.md");
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process console = launch(out, err);
        try (OutputStream in = console.getOutputStream()) {
            assertTrue(await(out, "(type /quit to leave)"), read(out));

            TestFolders.append(faq, "\n## A question without a section line\n");
            assertTrue(await(out, "✖ edit refused: "), read(out));
            TestFolders.replace(faq, "\n## A question without a section line\n", "\n");
            assertTrue(await(out, "✔ knowledge updated: "), read(out));
            type(in, "How many workshop credits can be recognised?");
            assertTrue(await(out, "7.2"), read(out));
            type(in, "/quit");
        }
        assertTrue(console.waitFor(30, TimeUnit.SECONDS));

        String shown = read(out);
        assertEquals(1, count(shown, "✖ edit refused: "), shown);
        assertEquals(1, count(shown, "✔ knowledge updated: "), shown);
        assertTrue(shown.matches("(?s).*✖ edit refused: [^\\n]*admission-application\\.md:\\d+: [^\\n]*\\n.*"), shown);
        assertTrue(!LOG_LINE.matcher(shown).find(), "no log line in the chat:\n" + shown);
        assertEquals("", read(err), "nothing on stderr either");
        String log = read(root.resolve("data").resolve(ConsoleCommand.LOG_FILE));
        assertTrue(log.contains("knowledge edit refused"), "the log file has it:\n" + log);
    }

    private Process launch(Path out, Path err) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "it.polimi.auic.advisor.Main", "--knowledge", root.resolve("knowledge").toString(),
                "--config", root.resolve("config").toString(), "console", "--en"));
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        return builder.start();
    }

    private static void type(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static boolean await(Path file, String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (read(file).contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
