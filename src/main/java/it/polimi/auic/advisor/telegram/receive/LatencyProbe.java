package it.polimi.auic.advisor.telegram.receive;

/**
 * Hears when an update arrives and when its reply is handed to the HTTP client; the latency benchmark listens,
 * the bot itself does not.
 */
public interface LatencyProbe {

    LatencyProbe NONE = new LatencyProbe() {
    };

    default void received(Inbound inbound, long nanos) {
    }

    default void handedOver(Inbound inbound, long nanos) {
    }
}
