package it.polimi.auic.advisor.telegram.receive;

import it.polimi.auic.advisor.telegram.offset.OffsetTracker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Builds each getUpdates request in place of the library's default, which confirms every update as soon as it is
 * received. Here the offset is the tracker's ({@link OffsetTracker#nextOffset}): updates stay unconfirmed with
 * Telegram until answered. While answers are in flight Telegram returns those same updates at once on every call,
 * so calls are spaced by {@code pollInterval} instead of spinning; when idle, the call is a long poll.
 * Runs on the library's poller thread only.
 */
public final class UpdateRequests implements Function<Integer, GetUpdates> {

    private static final Logger log = LoggerFactory.getLogger(UpdateRequests.class);
    static final int LIMIT = 100;
    private static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final OffsetTracker tracker;
    private final int longPollSeconds;
    private final long pollIntervalNanos;
    /**
     * How long a full window may stand still before the offset moves past it (see {@link OffsetTracker#nextOffset}).
     * Long: moving past confirms unanswered updates to Telegram, and a restart before they are answered loses them.
     * A slow or paced chat clears in seconds; this is for a chat core that hangs.
     */
    private static final long STUCK_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** An update still unanswered after this long is given up (logged), so the saved offset cannot grow without end. */
    private static final long GIVE_UP_AFTER_NANOS = TimeUnit.MINUTES.toNanos(5);
    private long lastRequestAt;
    private boolean requestedBefore;

    public UpdateRequests(OffsetTracker tracker, int longPollSeconds, Duration pollInterval) {
        this.tracker = tracker;
        this.longPollSeconds = longPollSeconds;
        this.pollIntervalNanos = pollInterval.toNanos();
    }

    /** @param lastReceived the library's own idea of the offset, deliberately not used */
    @Override
    public GetUpdates apply(Integer lastReceived) {
        // Calls are spaced even when idle: a server that answers an idle long poll at once would otherwise be
        // called in a tight loop by the library, which starts the next call the moment one returns.
        if (requestedBefore) {
            pauseUntil(lastRequestAt + pollIntervalNanos);
        }
        boolean busy = tracker.hasInFlight();
        requestedBefore = true;
        lastRequestAt = System.nanoTime();
        for (long stale : tracker.takenBefore(lastRequestAt - GIVE_UP_AFTER_NANOS)) {
            log.warn("update {} still unanswered after {} minutes: given up", stale, TimeUnit.NANOSECONDS.toMinutes(GIVE_UP_AFTER_NANOS));
            tracker.done(stale);
        }
        return GetUpdates.builder()
                .offset(Math.toIntExact(tracker.nextOffset(LIMIT, System.nanoTime(), STUCK_AFTER_NANOS)))
                .limit(LIMIT)
                .timeout(busy ? 0 : longPollSeconds)
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    private static void pauseUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopping: the library's poller sees the flag
            }
        }
    }
}
