package it.polimi.auic.advisor.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacingRulesTest {

    @Test
    void fasterRulesAreTheSameRulesInProportion() {
        PacingRules fast = PacingRules.TELEGRAM.faster(10);

        assertEquals(290, fast.perSecond());
        assertEquals(Duration.ofMillis(1), fast.spacing());
        assertEquals(List.of(new RateLimit.Rule(3, Duration.ofMillis(300))), fast.privateChat());
        assertEquals(List.of(new RateLimit.Rule(3, Duration.ofMillis(300)), new RateLimit.Rule(20, Duration.ofSeconds(6))),
                fast.groupChat());
        assertEquals(Duration.ofSeconds(6), fast.longestChatWindow());
        assertEquals(PacingRules.TELEGRAM, PacingRules.TELEGRAM.faster(1));
    }

    @Test
    void aSlowDownIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PacingRules.TELEGRAM.faster(0));
    }
}
