package it.polimi.auic.advisor.telegram.send;

import java.time.Duration;

/**
 * At most {@code limit} events in any window of the given length: the exact rule a server that counts "messages
 * in the last second" enforces. Time is passed in (nanoseconds from a ticker), so the rule is tested without waiting.
 * Not thread-safe; its owner guards it.
 */
public final class SlidingWindow {

    private final long windowNanos;
    private final long[] times;
    private int next;
    private int count;

    public SlidingWindow(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a window needs a positive limit and length: " + limit + " per " + window);
        }
        this.windowNanos = window.toNanos();
        this.times = new long[limit];
    }

    /** The earliest time, not before {@code now}, at which one more event keeps within the limit. */
    public long earliestAllowed(long now) {
        if (count < times.length) {
            return now;
        }
        long oldest = times[next];
        return Math.max(now, oldest + windowNanos);
    }

    public void record(long now) {
        times[next] = now;
        next = (next + 1) % times.length;
        count = Math.min(count + 1, times.length);
    }
}
