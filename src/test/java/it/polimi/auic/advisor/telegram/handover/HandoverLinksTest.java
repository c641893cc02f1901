package it.polimi.auic.advisor.telegram.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.StaffDesk;
import it.polimi.auic.advisor.telegram.MovableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-over links: written ahead of the post, completed, relayed, expired; what is on disk at each step. */
class HandoverLinksTest {

    private static final long STUDENT = 7700110;
    private static final Instant MONDAY = Instant.parse("2026-10-05T09:00:00Z");
    private static final Duration FORTNIGHT = Duration.ofDays(14);

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(MONDAY);

    private HandoverLinks links() {
        return new HandoverLinks(new HandoverStore(dataDir), FORTNIGHT, clock, clock.ticker());
    }

    @Test
    void theLinkIsOnDiskBeforeThePostAndCompletedWithThePostedMessage() throws IOException {
        HandoverLinks links = links();
        HandoverRecord reserved = links.reserve(STUDENT, "Is there a canteen?");
        assertEquals(1, filesHolding(STUDENT), "written ahead of the post");
        assertEquals(Optional.empty(), links.find(12), "no message to reply to yet");

        links.posted(reserved, 12);
        assertEquals(STUDENT, links.find(12).orElseThrow().chatId());
        assertEquals(STUDENT, links().find(12).orElseThrow().chatId(), "a restart reads it back");
        assertTrue(Files.readString(onlyFile()).contains("\"messageId\":12"), "completed on disk");
    }

    @Test
    void aQuestionNotPostedLeavesNothing() throws IOException {
        HandoverLinks links = links();
        links.abandon(links.reserve(STUDENT, "Is there a canteen?"));
        assertEquals(0, filesHolding(STUDENT));
        assertEquals(List.of(), links.waiting());
    }

    @Test
    void theFirstRelayTakesTheLinkOffTheDiskAndLaterRepliesStillFindItInMemory() throws IOException {
        HandoverLinks links = links();
        HandoverRecord link = reservePosted(links, 12);
        links.relaying(link);
        links.relayed(link);
        assertEquals(0, filesHolding(STUDENT));
        assertEquals(STUDENT, links.find(12).orElseThrow().chatId(), "a second staff reply still reaches the student");
        assertEquals(List.of(), links.waiting(), "answered: no longer waiting");
        assertEquals(Optional.empty(), links().find(12), "memory only: a restart has forgotten it");

        clock.advance(FORTNIGHT.plusSeconds(1));
        assertEquals(Optional.empty(), links.find(12), "and it is forgotten after handoverDays");
    }

    @Test
    void linksOlderThanHandoverDaysAreDeletedAtStartAndWhenPurged() throws IOException {
        HandoverLinks links = links();
        reservePosted(links, 12);
        clock.advance(Duration.ofDays(10));
        reservePosted(links, 13);
        clock.advance(Duration.ofDays(4).plusMinutes(1));

        assertEquals(1, links().waiting().size(), "at start: the first is 14 days and a minute old");
        links.purge();
        assertEquals(List.of(MONDAY.plus(Duration.ofDays(10))), links.waiting().stream().map(StaffDesk.Waiting::postedAt).toList());
        assertEquals(Optional.empty(), links.find(12));
        assertEquals(1, filesHolding(STUDENT));
    }

    @Test
    void waitingQuestionsAreListedOldestFirst() {
        HandoverLinks links = links();
        links.reserve(STUDENT, "first");
        clock.advance(Duration.ofMinutes(5));
        links.reserve(STUDENT + 1, "second");
        clock.advance(Duration.ofMinutes(5));
        links.reserve(STUDENT + 2, "third");
        assertEquals(List.of("first", "second", "third"), links().waiting().stream().map(StaffDesk.Waiting::question).toList());
    }

    @Test
    void leftoversOfACrashMidWriteAndUnreadableRecordsAreDeletedAtStart() throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("handover"));
        Files.writeString(dir.resolve("0123456789abcdef0123456789abcdef.tmp"), "{\"chatId\": " + STUDENT);
        Files.writeString(dir.resolve("fedcba9876543210fedcba9876543210.json"), "{\"chatId\": " + STUDENT + ", \"key\": 3");
        Files.writeString(dir.resolve("notes.txt"), "not ours: left alone");
        assertEquals(List.of(), links().waiting());
        assertEquals(0, filesHolding(STUDENT));
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }

    @Test
    void aRecordNamesNoStudentWhenPrinted() {
        HandoverRecord record = links().reserve(STUDENT, "Is there a canteen?");
        assertFalse(record.toString().contains(String.valueOf(STUDENT)), record.toString());
    }

    private HandoverRecord reservePosted(HandoverLinks links, long messageId) {
        HandoverRecord reserved = links.reserve(STUDENT, "Is there a canteen?");
        links.posted(reserved, messageId);
        return reserved.posted(messageId);
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("handover"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private long filesHolding(long id) throws IOException {
        if (!Files.exists(dataDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            long count = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.readString(file).contains(String.valueOf(id))) {
                    count++;
                }
            }
            return count;
        }
    }
}
