package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged test: a process writing the log in a tight loop is killed with SIGKILL (no shutdown hook,
 * no flush, no close) while it writes; afterwards every entry it had been told was written is readable,
 * the reader copes with whatever the kill left at the end, and a new log appends cleanly after it.
 */
class FeedbackLogCrashTest {

    /** Acknowledged entries to wait for before the kill: enough to cross a rotation. */
    private static final long ACKNOWLEDGED_BEFORE_KILL = 1_500;
    /** Small files, so that the child rotates while it writes; many of them, so that none is deleted. */
    private static final long MAX_FILE_BYTES = 64 << 10;
    private static final int KEPT_FILES = FeedbackSettings.MAX_KEPT_FILES;

    private static final Pattern NUMBERED = Pattern.compile("crash test question (\\d+) .*");
    private static final Pattern ACK = Pattern.compile("(\\d+)\\.");

    @TempDir
    Path dataDir;

    static String question(long number) {
        return "crash test question " + number + " about the workshop credits of programme-rules 7.2, please?";
    }

    @Test
    void everyAcknowledgedEntrySurvivesAKillInTheMiddleOfWritingAndTheLogGoesOn() throws Exception {
        Path stderr = dataDir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                FeedbackLogWriterMain.class.getName(),
                dataDir.toString(), String.valueOf(MAX_FILE_BYTES), String.valueOf(KEPT_FILES))
                .redirectError(stderr.toFile())
                .start();
        long lastAcknowledged;
        try (BufferedReader acks = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            lastAcknowledged = readAcks(acks, ACKNOWLEDGED_BEFORE_KILL, stderr);
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of its stdout.
            assertTrue(child.toHandle().destroyForcibly(), "could not kill the child");
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            // Acknowledgements printed before the kill but not yet read here count too.
            lastAcknowledged = readAcks(acks, Long.MAX_VALUE, stderr, lastAcknowledged);
        } finally {
            child.destroyForcibly();
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL, not ended on its own");

        LogContents afterKill = FeedbackReader.readDataDir(dataDir);
        List<Long> numbers = numbers(afterKill);
        assertTrue(afterKill.files() > 1, "the child rotated at least once: " + afterKill.files() + " files");
        assertEquals(1, LogFiles.number(LogFiles.list(LogFiles.folder(dataDir)).get(0)), "no file was rotated away");
        long lastWritten = numbers.get(numbers.size() - 1);
        assertTrue(lastWritten == lastAcknowledged || lastWritten == lastAcknowledged + 1,
                "acknowledged up to " + lastAcknowledged + ", found up to " + lastWritten);
        assertEquals(LongStream.rangeClosed(0, lastWritten).boxed().toList(), numbers,
                "every entry up to the last acknowledged one, once each, in order");
        assertTrue(afterKill.unreadableLines() <= 1, "at most the torn last line: " + afterKill.unreadableLines());

        if (afterKill.unreadableLines() == 0) {
            // SIGKILL cannot cut one write() to a local file in half, but a power cut or a full disk can: leave
            // the torn line such a crash would, so that the restart below always has one to cope with.
            List<Path> files = LogFiles.list(LogFiles.folder(dataDir));
            Files.writeString(files.get(files.size() - 1), "{\"time\":\"2025-03-01T09:00:00Z\",\"kind\":\"UNANSW",
                    StandardOpenOption.APPEND);
        }
        LogContents torn = FeedbackReader.readDataDir(dataDir);
        assertEquals(1, torn.unreadableLines());
        assertEquals(afterKill.entries(), torn.entries());

        try (FeedbackLog log = FeedbackLog.open(dataDir, new FeedbackSettings(MAX_FILE_BYTES, KEPT_FILES), Clock.systemUTC())) {
            assertTrue(log.unanswered("the first question after the crash"));
            LogContents afterRestart = log.read();
            List<FeedbackEntry> entries = afterRestart.entries();

            assertEquals(torn.entries(), entries.subList(0, entries.size() - 1));
            assertEquals("the first question after the crash", entries.get(entries.size() - 1).question());
            assertEquals(torn.unreadableLines(), afterRestart.unreadableLines(), "the new entry is not glued to the torn line");
        }
    }

    private static long readAcks(BufferedReader acks, long until, Path stderr) throws IOException {
        return readAcks(acks, until, stderr, -1);
    }

    /** Reads "N." lines up to {@code until} or the end; returns the last number; a torn last line is ignored. */
    private static long readAcks(BufferedReader acks, long until, Path stderr, long last) throws IOException {
        for (String line = acks.readLine(); line != null; line = acks.readLine()) {
            Matcher ack = ACK.matcher(line);
            if (!ack.matches()) {
                continue; // the kill cut this acknowledgement short: its entry is not counted as acknowledged
            }
            long number = Long.parseLong(ack.group(1));
            assertEquals(last + 1, number, "acknowledgements come in order");
            last = number;
            if (last >= until) {
                return last;
            }
        }
        if (until != Long.MAX_VALUE) {
            fail("the child stopped before the kill; its stderr: " + Files.readString(stderr));
        }
        return last;
    }

    private static List<Long> numbers(LogContents contents) {
        return contents.entries().stream()
                .map(entry -> {
                    Matcher matcher = NUMBERED.matcher(entry.question());
                    assertTrue(matcher.matches(), "not written by the child: " + entry.question());
                    return Long.parseLong(matcher.group(1));
                })
                .toList();
    }
}
