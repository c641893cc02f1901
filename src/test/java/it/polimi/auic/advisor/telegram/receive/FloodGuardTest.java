package it.polimi.auic.advisor.telegram.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final FloodGuard guard = new FloodGuard(FloodGuard.Limits.DEFAULT, ticker);

    @Test
    void aPersonTypingIsNeverThrottled() {
        for (int i = 0; i < 200; i++) {
            assertEquals(FloodGuard.Verdict.ALLOW, guard.check("7"));
            advance(Duration.ofMillis(600));
        }
    }

    @Test
    void aFloodGetsOneNoticeThenSilenceUntilTheCoolDownEnds() {
        for (int i = 0; i < 20; i++) {
            assertEquals(FloodGuard.Verdict.ALLOW, guard.check("7"));
        }
        assertEquals(FloodGuard.Verdict.WARN, guard.check("7"));
        assertEquals(FloodGuard.Verdict.DROP, guard.check("7"));
        assertEquals(FloodGuard.Verdict.ALLOW, guard.check("8"), "others are not affected");
        advance(Duration.ofSeconds(29));
        assertEquals(FloodGuard.Verdict.DROP, guard.check("7"));
        advance(Duration.ofSeconds(2));
        assertEquals(FloodGuard.Verdict.ALLOW, guard.check("7"));
    }

    @Test
    void unknownSendersAreNotCounted() {
        for (int i = 0; i < 50; i++) {
            assertEquals(FloodGuard.Verdict.ALLOW, guard.check(null));
        }
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
