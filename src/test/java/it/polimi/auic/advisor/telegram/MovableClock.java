package it.polimi.auic.advisor.telegram;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A wall clock for tests that stands still until moved, and a Caffeine ticker reading it, so that a test can let a
 * day or a fortnight pass at once.
 */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** The same time as a ticker (nanoseconds), for what ages in memory. */
    public Ticker ticker() {
        return () -> {
            Instant at = now;
            return at.getEpochSecond() * 1_000_000_000L + at.getNano();
        };
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use UTC");
    }
}
