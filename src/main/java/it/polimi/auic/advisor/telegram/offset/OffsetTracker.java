package it.polimi.auic.advisor.telegram.offset;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which updates are done. An update is taken when it arrives and done when it was answered (or deliberately not);
 * the watermark is the highest update id at or below which every update taken is done. Telegram is asked for updates
 * from the watermark on, so an update is confirmed to Telegram only once it is done, and a restart gets back exactly
 * the updates that were not; ids done above the watermark are kept so that those are not answered twice.
 * Thread-safe.
 */
public final class OffsetTracker {

    /** What a restart needs: the watermark and the updates done above it. */
    public record State(long watermark, List<Long> doneAbove) {

        static final State EMPTY = new State(0, List.of());

        public State {
            doneAbove = List.copyOf(doneAbove);
        }
    }

    private final TreeMap<Long, Long> inFlight = new TreeMap<>();
    private final TreeSet<Long> doneAbove = new TreeSet<>();
    private final Runnable onChange;
    private long watermark;
    private long maxTaken;
    private long confirmedFloor;
    private long watermarkSeen;
    private boolean watermarkSeenBefore;
    private long watermarkSeenAt;

    public OffsetTracker(State restored, Runnable onChange) {
        this.watermark = restored.watermark();
        this.maxTaken = restored.watermark();
        for (long id : restored.doneAbove()) {
            if (id > watermark) {
                doneAbove.add(id);
                maxTaken = Math.max(maxTaken, id);
            }
        }
        this.onChange = onChange;
    }

    /** Takes an update for handling; false if it was taken before (a duplicate delivery). */
    public synchronized boolean take(long updateId, long nowNanos) {
        if (updateId <= watermark || inFlight.containsKey(updateId) || doneAbove.contains(updateId)) {
            return false;
        }
        inFlight.put(updateId, nowNanos);
        maxTaken = Math.max(maxTaken, updateId);
        return true;
    }

    /** The update is answered, given up or ignored on purpose: it must never be handled again. */
    public void done(long updateId) {
        synchronized (this) {
            if (inFlight.remove(updateId) == null) {
                return;
            }
            doneAbove.add(updateId);
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
        return new State(watermark, List.copyOf(doneAbove));
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

    private void advance() {
        long firstOpen = inFlight.isEmpty() ? Long.MAX_VALUE : inFlight.firstKey();
        while (!doneAbove.isEmpty() && doneAbove.first() < firstOpen) {
            watermark = Math.max(watermark, doneAbove.pollFirst());
        }
    }
}
