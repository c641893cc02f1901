package it.polimi.auic.advisor.telegram.receive;

import it.polimi.auic.advisor.telegram.send.RetryPolicy;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * How long the poller waits after a failed getUpdates: doubling from half a second, never more than ten seconds,
 * for as long as the failures last. The library's default gives up doubling only after 15 minutes and then waits
 * 15 minutes between tries, far too long for a bot students are waiting on.
 */
public final class PollingBackOff implements BackOff {

    private final RetryPolicy policy;
    private int failures;

    public PollingBackOff(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public synchronized void reset() {
        failures = 0;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        failures++;
        return policy.delayAfter(failures).toMillis();
    }
}
