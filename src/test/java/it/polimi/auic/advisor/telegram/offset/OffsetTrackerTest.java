package it.polimi.auic.advisor.telegram.offset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicInteger changes = new AtomicInteger();
    private final OffsetTracker tracker = new OffsetTracker(OffsetTracker.State.EMPTY, changes::incrementAndGet);

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
        assertEquals(new OffsetTracker.State(0, List.of(2L, 3L)), saved);

        OffsetTracker restarted = new OffsetTracker(saved, () -> { });
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

    private void take(long... ids) {
        for (long id : ids) {
            assertTrue(tracker.take(id, 0));
        }
    }
}
