package it.polimi.auic.advisor.telegram.offset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which updates are done. An update is taken when it arrives and done when it was answered (or deliberately not);
 * the watermark is the highest update id at or below which every update taken is done. Telegram is asked for updates
 * from the watermark on, so an update is confirmed to Telegram only once it is done, and a restart gets back exactly
 * the updates that were not; ids done above the watermark are kept so that those are not answered twice.
 *
 * <p>A state last changed more than {@link #TRUSTED_FOR} ago is forgotten, at start and while running: Telegram
 * keeps unconfirmed updates for 24 hours only, so an old watermark protects nothing, and after a week without
 * updates Telegram may restart update ids at a random number, possibly below it, where the watermark would drop
 * every new message as already answered. Thread-safe.
 */
public final class OffsetTracker {

    /** How long Telegram keeps an update nobody confirmed: past that, a watermark refers to nothing. */
    public static final Duration TRUSTED_FOR = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(OffsetTracker.class);

    /**
     * What a restart needs: the watermark, the updates done above it, and when an update last changed them.
     *
     * @param changedAt when an update was last taken or done; {@link Instant#EPOCH} for a state that never saw one
     */
    public record State(long watermark, List<Long> doneAbove, Instant changedAt) {

        static final State EMPTY = new State(0, List.of(), Instant.EPOCH);

        public State {
            doneAbove = List.copyOf(doneAbove);
        }

        /** Whether this state is too old to say anything about the updates Telegram holds now. */
        boolean staleAt(Instant now) {
            return stale(watermark, doneAbove.isEmpty(), changedAt, now);
        }

        static boolean stale(long watermark, boolean nothingDoneAbove, Instant changedAt, Instant now) {
            boolean knowsSomething = watermark != 0 || !nothingDoneAbove;
            return knowsSomething && changedAt.plus(TRUSTED_FOR).isBefore(now);
        }
    }

    private final TreeMap<Long, Long> inFlight = new TreeMap<>();
    private final TreeSet<Long> doneAbove = new TreeSet<>();
    private final Runnable onChange;
    private final Clock clock;
    private Instant changedAt;
    private long watermark;
    private long maxTaken;
    private long confirmedFloor;
    private long watermarkSeen;
    private boolean watermarkSeenBefore;
    private long watermarkSeenAt;

    public OffsetTracker(State restored, Runnable onChange) {
        this(restored, Clock.systemUTC(), onChange);
    }

    /** @param clock where the age of the state is read: the system's in production, a test's own in tests */
    public OffsetTracker(State restored, Clock clock, Runnable onChange) {
        this.clock = clock;
        this.onChange = onChange;
        if (restored.staleAt(clock.instant())) {
            log.info("the saved offset (update {}) was last changed at {}, more than {} hours ago: not used, "
                    + "Telegram's own offset is", restored.watermark(), restored.changedAt(), TRUSTED_FOR.toHours());
            restored = State.EMPTY;
        }
        this.changedAt = restored.changedAt();
        this.watermark = restored.watermark();
        this.maxTaken = restored.watermark();
        for (long id : restored.doneAbove()) {
            if (id > watermark) {
                doneAbove.add(id);
                maxTaken = Math.max(maxTaken, id);
            }
        }
    }

    /** Takes an update for handling; false if it was taken before (a duplicate delivery). */
    public synchronized boolean take(long updateId, long nowNanos) {
        forgetIfStale();
        if (updateId <= watermark || inFlight.containsKey(updateId) || doneAbove.contains(updateId)) {
            return false;
        }
        inFlight.put(updateId, nowNanos);
        maxTaken = Math.max(maxTaken, updateId);
        changedAt = clock.instant();
        return true;
    }

    /** The update is answered, given up or ignored on purpose: it must never be handled again. */
    public void done(long updateId) {
        synchronized (this) {
            if (inFlight.remove(updateId) == null) {
                return;
            }
            doneAbove.add(updateId);
            changedAt = clock.instant();
            advance();
            notifyAll();
        }
        onChange.run();
    }

    /**
     * The offset for the next getUpdates. Normally the first id not done, so that nothing unanswered is confirmed.
     * Telegram returns at most {@code limit} updates from the offset; when that many are taken and the watermark has
     * not moved for {@code stuckAfterNanos} (one chat is slow, or paced), the offset moves past everything taken so
     * that newer updates still arrive. Those taken but unanswered then live only in memory until they are answered
     * (a shutdown drains them first).
     */
    public synchronized long nextOffset(int limit, long nowNanos, long stuckAfterNanos) {
        forgetIfStale();
        if (watermark != watermarkSeen || !watermarkSeenBefore) {
            watermarkSeen = watermark;
            watermarkSeenBefore = true;
            watermarkSeenAt = nowNanos;
        }
        long offset = Math.max(watermark + 1, confirmedFloor);
        long takenFromOffset = inFlight.tailMap(offset).size() + doneAbove.tailSet(offset).size();
        if (takenFromOffset >= limit && nowNanos - watermarkSeenAt >= stuckAfterNanos) {
            confirmedFloor = maxTaken + 1;
            offset = confirmedFloor;
        }
        return offset;
    }

    public synchronized boolean hasInFlight() {
        return !inFlight.isEmpty();
    }

    public synchronized int inFlightCount() {
        return inFlight.size();
    }

    public synchronized long watermark() {
        return watermark;
    }

    public synchronized State state() {
        return new State(watermark, List.copyOf(doneAbove), changedAt);
    }

    /** Waits until nothing taken is left undone; false if the timeout came first. */
    public synchronized boolean awaitAllDone(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!inFlight.isEmpty()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** The updates taken before {@code cutoffNanos} and still not done, oldest first (a handler that hangs). */
    public synchronized List<Long> takenBefore(long cutoffNanos) {
        return inFlight.entrySet().stream().filter(e -> e.getValue() - cutoffNanos < 0).map(java.util.Map.Entry::getKey).toList();
    }

    /**
     * A bot that heard nothing for a day (nothing in flight, nothing taken or done) starts again from Telegram's
     * offset, as a restart with a stale state does: see the class comment.
     */
    private void forgetIfStale() {
        if (inFlight.isEmpty() && State.stale(watermark, doneAbove.isEmpty(), changedAt, clock.instant())) {
            log.info("no update for more than {} hours: update {} is forgotten, Telegram's own offset is used",
                    TRUSTED_FOR.toHours(), watermark);
            watermark = 0;
            maxTaken = 0;
            confirmedFloor = 0;
            doneAbove.clear();
        }
    }

    private void advance() {
        long firstOpen = inFlight.isEmpty() ? Long.MAX_VALUE : inFlight.firstKey();
        while (!doneAbove.isEmpty() && doneAbove.first() < firstOpen) {
            watermark = Math.max(watermark, doneAbove.pollFirst());
        }
    }
}
