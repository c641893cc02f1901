package it.polimi.auic.advisor.telegram.offset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.telegram.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    private static final long SECOND = 1_000_000_000L;

    private static final Instant NOON = Instant.parse("2026-09-01T12:00:00Z");

    private final AtomicInteger changes = new AtomicInteger();
    private final MovableClock clock = new MovableClock(NOON);
    private final OffsetTracker tracker = new OffsetTracker(OffsetTracker.State.EMPTY, clock, changes::incrementAndGet);

    @Test
    void theWatermarkStopsAtTheFirstUpdateNotAnswered() {
        take(1, 2, 3);
        tracker.done(2);
        assertEquals(0, tracker.watermark(), "1 is still open");
        tracker.done(1);
        assertEquals(2, tracker.watermark());
        tracker.done(3);
        assertEquals(3, tracker.watermark());
        assertEquals(3, changes.get(), "every answer is saved");
    }

    @Test
    void anUpdateIsTakenOnceEvenWhenTelegramDeliversItAgain() {
        assertTrue(tracker.take(5, 0));
        assertFalse(tracker.take(5, 0), "while in flight");
        tracker.done(5);
        assertFalse(tracker.take(5, 0), "once answered");
    }

    @Test
    void aRestartRemembersWhatWasAnsweredAboveTheWatermark() {
        take(1, 2, 3);
        tracker.done(2);
        tracker.done(3);
        OffsetTracker.State saved = tracker.state();
        assertEquals(new OffsetTracker.State(0, List.of(2L, 3L), NOON), saved);

        OffsetTracker restarted = new OffsetTracker(saved, clock, () -> { });
        assertTrue(restarted.take(1, 0), "not answered before the restart: answered now");
        assertFalse(restarted.take(2, 0), "answered before the restart: never again");
        assertFalse(restarted.take(3, 0));
        restarted.done(1);
        assertEquals(3, restarted.watermark());
    }

    @Test
    void telegramIsAskedFromTheFirstUpdateNotAnswered() {
        take(1, 2);
        tracker.done(2);
        assertEquals(1, tracker.nextOffset(100, 0, 30 * SECOND));
        tracker.done(1);
        assertEquals(3, tracker.nextOffset(100, 0, 30 * SECOND));
    }

    @Test
    void aFullWindowMovesOnOnlyWhenStuckForLong() {
        for (long id = 1; id <= 100; id++) {
            tracker.take(id, 0);
        }
        for (long id = 2; id <= 100; id++) {
            tracker.done(id);
        }
        assertEquals(1, tracker.nextOffset(100, 0, 30 * SECOND));
        assertEquals(1, tracker.nextOffset(100, 29 * SECOND, 30 * SECOND), "update 1 may still be answered soon");
        assertEquals(101, tracker.nextOffset(100, 30 * SECOND, 30 * SECOND), "stuck: let newer updates in");
        tracker.take(101, 31 * SECOND);
        tracker.done(1);
        assertEquals(101, tracker.nextOffset(100, 31 * SECOND, 30 * SECOND));
    }

    @Test
    void drainWaitsForEverythingTaken() throws InterruptedException {
        take(1);
        assertFalse(tracker.awaitAllDone(10));
        new Thread(() -> tracker.done(1)).start();
        assertTrue(tracker.awaitAllDone(5_000));
    }

    @Test
    void updatesHangingTooLongAreFound() {
        tracker.take(1, 0);
        tracker.take(2, 10 * SECOND);
        assertEquals(List.of(1L), tracker.takenBefore(5 * SECOND));
    }

    @Test
    void anOffsetSavedAnHourAgoIsUsedAsIs() {
        clock.advance(Duration.ofHours(1));
        OffsetTracker restarted = new OffsetTracker(new OffsetTracker.State(500, List.of(502L), NOON), clock, () -> { });
        assertEquals(501, restarted.nextOffset(100, 0, 30 * SECOND));
        assertFalse(restarted.take(500, 0), "answered before the restart");
        assertFalse(restarted.take(502, 0));
    }

    @Test
    void anOffsetSavedMoreThanADayAgoIsNeitherSentNorUsedToDropUpdates() {
        clock.advance(Duration.ofHours(25));
        OffsetTracker restarted = new OffsetTracker(new OffsetTracker.State(500, List.of(502L), NOON), clock, () -> { });
        assertEquals(1, restarted.nextOffset(100, 0, 30 * SECOND), "Telegram's own offset: from its first update held");
        assertTrue(restarted.take(7, 0), "update ids restarted lower after a quiet week: answered");
        restarted.done(7);
        assertEquals(7, restarted.watermark());
    }

    @Test
    void exactlyADayOldIsStillTrusted() {
        clock.advance(OffsetTracker.TRUSTED_FOR);
        OffsetTracker restarted = new OffsetTracker(new OffsetTracker.State(500, List.of(), NOON), clock, () -> { });
        assertEquals(501, restarted.nextOffset(100, 0, 30 * SECOND));
    }

    @Test
    void aRunningBotThatHeardNothingForADayForgetsItsWatermarkToo() {
        take(1, 2);
        tracker.done(1);
        tracker.done(2);
        clock.advance(Duration.ofHours(23));
        assertEquals(3, tracker.nextOffset(100, 0, 30 * SECOND), "a quiet night changes nothing");
        clock.advance(Duration.ofHours(2));
        assertEquals(1, tracker.nextOffset(100, 0, 30 * SECOND));
        assertTrue(tracker.take(1, 0), "ids may have restarted: nothing is dropped as already answered");
        assertEquals(NOON.plus(Duration.ofHours(25)), tracker.state().changedAt(), "the time is saved with the offset");
    }

    private void take(long... ids) {
        for (long id : ids) {
            assertTrue(tracker.take(id, 0));
        }
    }
}
