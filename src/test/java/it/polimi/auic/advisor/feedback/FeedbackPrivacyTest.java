package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.ChatRequest;
import it.polimi.auic.advisor.language.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "No user id, name or calculator input appears in any log file." */
class FeedbackPrivacyTest {

    @TempDir
    Path dataDir;

    @Test
    void anEntryHasNoPlaceForWhoAsked() {
        // "answer" is the School's staff's answer to a question relayed to them: their words, not the student's.
        List<String> fields = Arrays.stream(FeedbackEntry.class.getRecordComponents()).map(c -> c.getName()).toList();

        assertEquals(List.of("time", "kind", "question", "section", "answer"), fields);
    }

    @Test
    void whatTheCallerKnowsAboutTheStudentNeverReachesTheFiles() throws IOException {
        ChatRequest request = new ChatRequest("chat-770011", "user-880022", "How do I find accommodation in Milan?",
                Language.EN);
        try (FeedbackLog log = FeedbackLog.open(dataDir, FeedbackSettings.defaults(),
                new SteppingClock(Instant.parse("2025-03-01T09:00:00Z"), Duration.ofSeconds(1)))) {
            // Whatever the caller has at hand (the request, its ids), the log takes only the text.
            assertTrue(log.unanswered(request.text()));
            assertTrue(log.unhelpful(request.text(), "programme-rules 7.2"));
            assertTrue(log.helpful(request.text(), "mobility auic-tips"));
        }
        String everything = allLogFiles();

        assertTrue(everything.contains("How do I find accommodation in Milan?"), everything);
        assertFalse(everything.contains("770011"), everything);
        assertFalse(everything.contains("880022"), everything);
        assertEquals(List.of("time", "kind", "question", "section"), keysOf(everything));
    }

    private String allLogFiles() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    /** Every key used on any line, in order of first use. */
    private static List<String> keysOf(String jsonLines) {
        return jsonLines.lines()
                .flatMap(line -> java.util.regex.Pattern.compile("\"([a-zA-Z]+)\":").matcher(line).results()
                        .map(match -> match.group(1)))
                .distinct()
                .toList();
    }
}
