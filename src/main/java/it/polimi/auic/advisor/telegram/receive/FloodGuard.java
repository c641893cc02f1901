package it.polimi.auic.advisor.telegram.receive;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.telegram.send.SlidingWindow;
import java.time.Duration;

/**
 * Per-user flood protection. A person types a message every few seconds at most; a user who sends far more than
 * that (a script, a stuck key) is told once to slow down and then ignored for a cool-down, while everybody else is
 * served as usual. Time comes from a Caffeine {@link Ticker}, so tests drive it without waiting.
 */
public final class FloodGuard {

    enum Verdict {
        /** Handle the message. */
        ALLOW,
        /** Over the limit just now: answer with the one "slow down" notice. */
        WARN,
        /** Still cooling down: do not answer. */
        DROP
    }

    /** At most {@code messages} within {@code window}; past that, ignored for {@code coolDown}. */
    public record Limits(int messages, Duration window, Duration coolDown) {

        /** Twenty messages in ten seconds is several times what anyone types, even pasting. */
        public static final Limits DEFAULT = new Limits(20, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private final Limits limits;
    private final Ticker ticker;
    private final Cache<String, UserPace> users;

    public FloodGuard(Limits limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        this.users = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterAccess(limits.window().plus(limits.coolDown()))
                .maximumSize(100_000)
                .build();
    }

    Verdict check(String userId) {
        if (userId == null) {
            return Verdict.ALLOW;
        }
        UserPace pace = users.get(userId, id -> new UserPace(new SlidingWindow(limits.messages(), limits.window())));
        synchronized (pace) {
            long now = ticker.read();
            if (pace.throttled && now - pace.throttledUntil < 0) {
                return Verdict.DROP;
            }
            pace.throttled = false;
            if (pace.window.earliestAllowed(now) > now) {
                pace.throttled = true;
                pace.throttledUntil = now + limits.coolDown().toNanos();
                return Verdict.WARN;
            }
            pace.window.record(now);
            return Verdict.ALLOW;
        }
    }

    private static final class UserPace {
        final SlidingWindow window;
        boolean throttled;
        long throttledUntil;

        UserPace(SlidingWindow window) {
            this.window = window;
        }
    }
}
