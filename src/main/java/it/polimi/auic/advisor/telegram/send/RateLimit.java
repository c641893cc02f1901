package it.polimi.auic.advisor.telegram.send;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Several {@link SlidingWindow}s that must all allow an event, such as "3 in 3 seconds and 20 a minute". */
final class RateLimit {

    private final List<SlidingWindow> windows;

    private RateLimit(List<SlidingWindow> windows) {
        this.windows = windows;
    }

    static RateLimit of(Rule... rules) {
        List<SlidingWindow> windows = new ArrayList<>();
        for (Rule rule : rules) {
            windows.add(new SlidingWindow(rule.limit(), rule.window()));
        }
        return new RateLimit(windows);
    }

    long earliestAllowed(long now) {
        long earliest = now;
        for (SlidingWindow window : windows) {
            earliest = Math.max(earliest, window.earliestAllowed(now));
        }
        return earliest;
    }

    void record(long now) {
        for (SlidingWindow window : windows) {
            window.record(now);
        }
    }

    /** "At most {@code limit} in any {@code window}". */
    record Rule(int limit, Duration window) {

        /** The same limit in a window {@code factor} times shorter. */
        Rule faster(int factor) {
            return new Rule(limit, window.dividedBy(factor));
        }
    }
}
