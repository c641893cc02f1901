package it.polimi.auic.advisor.telegram.send;

import java.time.Duration;

/**
 * How long to wait before sending again after a server error or a network fault: doubling from {@code first},
 * never more than {@code cap}. There is no last attempt: a message is given up only when Telegram refuses it for good.
 */
public record RetryPolicy(Duration first, Duration cap) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(10));

    public Duration delayAfter(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }
}
