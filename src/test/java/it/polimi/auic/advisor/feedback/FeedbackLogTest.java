package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FeedbackLogTest {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path dataDir;

    private final SteppingClock clock = new SteppingClock(START, Duration.ofMinutes(1));

    private FeedbackLog open(FeedbackSettings settings) {
        return FeedbackLog.open(dataDir, settings, clock);
    }

    private List<String> questions(LogContents contents) {
        return contents.entries().stream().map(FeedbackEntry::question).toList();
    }

    private Path onlyFile() throws IOException {
        List<Path> files = LogFiles.list(dataDir.resolve("feedback"));
        assertEquals(1, files.size(), files.toString());
        return files.get(0);
    }

    @Nested
    class Writing {

        @Test
        void entriesAreReadBackInOrderWithTheClocksTimeAndTheirSection() {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                assertTrue(log.unanswered("How do I find accommodation in Milan?"));
                assertTrue(log.unhelpful("How many workshop credits?", "programme-rules 7.2"));
                assertTrue(log.helpful("When is the Erasmus deadline?", "mobility erasmus-plus"));

                assertEquals(List.of(
                        new FeedbackEntry(START, FeedbackKind.UNANSWERED, "How do I find accommodation in Milan?", null),
                        new FeedbackEntry(START.plusSeconds(60), FeedbackKind.UNHELPFUL, "How many workshop credits?",
                                "programme-rules 7.2"),
                        new FeedbackEntry(START.plusSeconds(120), FeedbackKind.HELPFUL, "When is the Erasmus deadline?",
                                "mobility erasmus-plus")),
                        log.read().entries());
            }
        }

        @Test
        void eachEntryIsOneJsonLine() throws IOException {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("line\none");
                log.unhelpful("two", "programme-rules 7.2");
            }
            List<String> lines = Files.readAllLines(onlyFile());

            assertEquals(List.of(
                    "{\"time\":\"2025-03-01T09:00:00Z\",\"kind\":\"UNANSWERED\",\"question\":\"line one\"}",
                    "{\"time\":\"2025-03-01T09:01:00Z\",\"kind\":\"UNHELPFUL\",\"question\":\"two\","
                            + "\"section\":\"programme-rules 7.2\"}"),
                    lines);
        }

        @Test
        void theLogSurvivesARestart() {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("before");
            }
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("after");
                assertEquals(List.of("before", "after"), questions(log.read()));
            }
        }

        @Test
        void hugeAndNulLadenQuestionsAreStoredCutAndCleanWithoutHarmingOtherEntries() throws IOException {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("x".repeat(10_000));
                log.unanswered("nul\u0000in\u0000the\u0000middle\u0000");
                log.unanswered("<b>html</b> *markdown* 🙂 \"quotes\" \\ back");
                LogContents contents = log.read();

                assertEquals(List.of(
                        "x".repeat(QuestionText.MAX_QUESTION_LENGTH) + "…",
                        "nul in the middle",
                        "<b>html</b> *markdown* 🙂 \"quotes\" \\ back"),
                        questions(contents));
                assertEquals(0, contents.unreadableLines());
            }
            assertEquals(3, Files.readAllLines(onlyFile(), StandardCharsets.UTF_8).size());
            assertFalse(Files.readString(onlyFile()).contains("\u0000"));
        }

        @Test
        void emptyQuestionsAreNotLogged() {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                assertFalse(log.unanswered(" \n\u0000"));
                assertFalse(log.unanswered(null));
                assertEquals(List.of(), log.read().entries());
            }
        }

        @Test
        void aClosedLogWritesNothing() {
            FeedbackLog log = open(FeedbackSettings.defaults());
            log.close();

            assertFalse(log.unanswered("too late"));
            assertEquals(List.of(), FeedbackReader.readDataDir(dataDir).entries());
        }

        @Test
        void manyThreadsWritingAtOnceLoseAndTearNothing() throws Exception {
            int threads = 8;
            int perThread = 150;
            FeedbackSettings settings = new FeedbackSettings(FeedbackSettings.MIN_FILE_BYTES, FeedbackSettings.MAX_KEPT_FILES);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try (FeedbackLog log = open(settings)) {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> IntStream.range(0, perThread)
                            .forEach(i -> assertTrue(log.unanswered("thread " + thread + " question " + i)))));
                }
                for (Future<?> future : done) {
                    future.get();
                }
                LogContents contents = log.read();

                assertEquals(0, contents.unreadableLines());
                assertEquals(threads * perThread, contents.entries().size());
                for (int t = 0; t < threads; t++) {
                    String prefix = "thread " + t + " ";
                    List<String> ofThread = questions(contents).stream().filter(q -> q.startsWith(prefix)).toList();
                    assertEquals(IntStream.range(0, perThread).mapToObj(i -> prefix + "question " + i).toList(), ofThread,
                            "each thread's entries, in the order it wrote them");
                }
                assertTrue(contents.files() > 1, "the test should rotate: " + contents.files());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Rotation {

        private final FeedbackSettings small = new FeedbackSettings(FeedbackSettings.MIN_FILE_BYTES, 3);

        @Test
        void aFullFileStartsANewOneAndOnlyTheNewestFilesAreKept() throws IOException {
            int written = 300;
            try (FeedbackLog log = open(small)) {
                for (int i = 0; i < written; i++) {
                    assertTrue(log.unanswered("question number " + i));
                }
                List<Path> files = LogFiles.list(log.folder());
                assertEquals(3, files.size(), files.toString());
                for (Path file : files) {
                    assertTrue(Files.size(file) <= small.maxFileBytes(), file + " is " + Files.size(file) + " bytes");
                }
                assertTrue(LogFiles.number(files.get(0)) > 1, "older files were deleted: " + files);

                List<String> kept = questions(log.read());
                int first = written - kept.size();
                assertTrue(first > 0, "something was rotated away");
                assertEquals(IntStream.range(first, written).mapToObj(i -> "question number " + i).toList(), kept,
                        "the newest entries, all of them, oldest first across the kept files");
            }
        }

        @Test
        void aRestartContinuesTheNewestFile() throws IOException {
            try (FeedbackLog log = open(small)) {
                for (int i = 0; i < 100; i++) {
                    log.unanswered("question number " + i);
                }
            }
            List<Path> before = LogFiles.list(dataDir.resolve("feedback"));
            try (FeedbackLog log = open(small)) {
                log.unanswered("after restart");
            }
            List<Path> after = LogFiles.list(dataDir.resolve("feedback"));

            assertEquals(before, after);
            assertTrue(Files.readString(after.get(after.size() - 1)).endsWith("\"question\":\"after restart\"}\n"));
        }

        @Test
        void twoAdvisorsWritingOneFolderLoseNothingWhenTheyRotate() {
            FeedbackSettings manySmallFiles = new FeedbackSettings(FeedbackSettings.MIN_FILE_BYTES, 100);
            try (FeedbackLog one = open(manySmallFiles); FeedbackLog other = open(manySmallFiles)) {
                for (int i = 0; i < 200; i++) {
                    assertTrue(one.unanswered("one " + i));
                    assertTrue(other.unanswered("other " + i));
                }
                LogContents contents = one.read();

                assertEquals(400, contents.entries().size());
                assertEquals(0, contents.unreadableLines());
                assertTrue(contents.files() > 2, "both rotated: " + contents.files());
            }
        }

        @Test
        void filesThatAreNotTheLogsAreLeftAlone() throws IOException {
            Path folder = dataDir.resolve("feedback");
            Files.createDirectories(folder);
            Path notes = Files.writeString(folder.resolve("notes.txt"), "staff notes");
            try (FeedbackLog log = open(small)) {
                for (int i = 0; i < 200; i++) {
                    log.unanswered("question number " + i);
                }
            }
            assertEquals("staff notes", Files.readString(notes));
        }
    }

    @Nested
    class TornLines {

        @Test
        void aTornLastLineIsSkippedAndTheNextWriterStartsOnANewLine() throws IOException {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("first");
                log.unanswered("second");
            }
            // What a write cut short leaves: the start of a line, no newline.
            Files.writeString(onlyFile(), "{\"time\":\"2025-03-01T09:05:00Z\",\"kind\":\"UNANS", StandardOpenOption.APPEND);

            LogContents torn = FeedbackReader.readDataDir(dataDir);
            assertEquals(List.of("first", "second"), questions(torn));
            assertEquals(1, torn.unreadableLines());

            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                assertTrue(log.unanswered("third"));
                LogContents repaired = log.read();
                assertEquals(List.of("first", "second", "third"), questions(repaired));
                assertEquals(1, repaired.unreadableLines());
            }
        }

        @Test
        void halfAUtf8CharacterAndNulBytesDoNotHideTheLinesAround() throws IOException {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("città");
            }
            byte[] halfAnEmoji = {'{', '"', 'q', (byte) 0xF0, (byte) 0x9F};
            Files.write(onlyFile(), halfAnEmoji, StandardOpenOption.APPEND);
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("after the emoji");
            }
            Files.write(onlyFile(), new byte[64], StandardOpenOption.APPEND);
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("after the zeros");
                LogContents contents = log.read();

                assertEquals(List.of("città", "after the emoji", "after the zeros"), questions(contents));
                assertEquals(2, contents.unreadableLines());
            }
        }

        @Test
        void aLineThatIsNotAnEntryIsSkipped() throws IOException {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("kept");
            }
            Files.writeString(onlyFile(), "[1,2]\n{\"kind\":\"UNANSWERED\"}\n{\"time\":\"x\",\"kind\":\"NOPE\",\"question\":\"q\"}\n",
                    StandardOpenOption.APPEND);
            LogContents contents = FeedbackReader.readDataDir(dataDir);

            assertEquals(List.of("kept"), questions(contents));
            assertEquals(3, contents.unreadableLines());
        }
    }

    @Nested
    class Failures {

        @Test
        void aDataFolderThatCannotBeWrittenNeverFailsTheCallerAndLogsNoQuestion() throws IOException {
            Files.writeString(dataDir.resolve("feedback"), "a file where the folder should be");
            ListAppender<ILoggingEvent> warnings = captureWarnings();
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                assertFalse(log.unanswered("secret question text"));
            } finally {
                release(warnings);
            }
            assertEquals(1, warnings.list.size());
            String message = warnings.list.get(0).getFormattedMessage();
            assertTrue(message.contains("feedback log"), message);
            assertFalse(message.contains("secret question text"), message);
        }

        @Test
        void theNextEntryTriesAgainOnceTheProblemIsGone() throws IOException {
            Path blocker = Files.writeString(dataDir.resolve("feedback"), "in the way");
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                ListAppender<ILoggingEvent> warnings = captureWarnings();
                try {
                    assertFalse(log.unanswered("lost"));
                } finally {
                    release(warnings);
                }
                Files.delete(blocker);

                assertTrue(log.unanswered("kept"));
                assertEquals(List.of("kept"), questions(log.read()));
            }
        }

        @Test
        void aLogDeletedByStaffWhileRunningStartsAgain() throws IOException {
            try (FeedbackLog log = open(FeedbackSettings.defaults())) {
                log.unanswered("first");
                Path file = onlyFile();
                Files.delete(file);
                Files.delete(file.getParent());

                assertTrue(log.unanswered("second"));
                assertEquals(List.of("second"), questions(log.read()));
            }
        }

        private ListAppender<ILoggingEvent> captureWarnings() {
            ListAppender<ILoggingEvent> appender = new ListAppender<>();
            appender.start();
            Logger logger = (Logger) LoggerFactory.getLogger(FeedbackLog.class);
            logger.addAppender(appender);
            logger.setAdditive(false);
            return appender;
        }

        private void release(ListAppender<ILoggingEvent> appender) {
            Logger logger = (Logger) LoggerFactory.getLogger(FeedbackLog.class);
            logger.detachAppender(appender);
            logger.setAdditive(true);
        }
    }
}
