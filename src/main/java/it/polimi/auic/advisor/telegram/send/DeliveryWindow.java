package it.polimi.auic.advisor.telegram.send;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * At most {@code limit} messages in any window as the server counts them, whatever the network does. The server
 * counts a message when it arrives, somewhere between our hand-over and its response, so a message holds its place
 * from hand-over until one window after its response: a message handed over late but delivered early, or early but
 * delivered late, can never put one more than the limit into the server's window. Not thread-safe.
 */
final class DeliveryWindow {

    private final int limit;
    private final long windowNanos;
    private final PriorityQueue<Long> answeredAt = new PriorityQueue<>();
    private int onTheWay;

    DeliveryWindow(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
    }

    /** The earliest time a message may go; {@link Long#MAX_VALUE} when that waits for a response. */
    long earliestAllowed(long now) {
        while (!answeredAt.isEmpty() && now - answeredAt.peek() >= windowNanos) {
            answeredAt.poll();
        }
        if (onTheWay + answeredAt.size() < limit) {
            return now;
        }
        return answeredAt.isEmpty() ? Long.MAX_VALUE : answeredAt.peek() + windowNanos;
    }

    void handedOver() {
        onTheWay++;
    }

    /** The server answered (or the request failed) at {@code now}. */
    void answered(long now) {
        if (onTheWay > 0) {
            onTheWay--;
            answeredAt.add(now);
        }
    }
}
