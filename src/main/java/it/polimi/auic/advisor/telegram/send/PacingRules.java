package it.polimi.auic.advisor.telegram.send;

import java.time.Duration;
import java.util.List;

/**
 * How fast messages may go out: overall, to one private chat, to one group. The defaults keep under Telegram's
 * published limits (about 30 messages a second overall, about one a second per chat with short bursts, 20 a minute
 * per group) with a margin for the jitter between handing a message to the network and the server counting it.
 */
public record PacingRules(int perSecond, Duration spacing, List<RateLimit.Rule> privateChat, List<RateLimit.Rule> groupChat) {

    /**
     * Overall, 29 a second as the server counts them ({@link DeliveryWindow}), one under Telegram's 30 in case it
     * counts "past 30" from 30, and 10 ms apart so that a backlog leaves as a stream rather than one burst.
     * Per chat, bursts of 3 and one a second on average; per group, also 20 a minute.
     */
    public static final PacingRules TELEGRAM = new PacingRules(29, Duration.ofMillis(10),
            List.of(new RateLimit.Rule(3, Duration.ofSeconds(3))),
            List.of(new RateLimit.Rule(3, Duration.ofSeconds(3)), new RateLimit.Rule(20, Duration.ofMinutes(1))));

    public PacingRules {
        privateChat = List.copyOf(privateChat);
        groupChat = List.copyOf(groupChat);
    }

    /**
     * These rules {@code factor} times faster: every window shorter, the overall rate higher, in proportion. For
     * tests against a fake Bot API server that counts as fast, so that a burst that takes ten seconds on Telegram
     * exercises the same pacing in one.
     */
    public PacingRules faster(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("a speed-up is at least 1, got " + factor);
        }
        return new PacingRules(perSecond * factor, spacing.dividedBy(factor),
                privateChat.stream().map(rule -> rule.faster(factor)).toList(),
                groupChat.stream().map(rule -> rule.faster(factor)).toList());
    }

    DeliveryWindow newDeliveryWindow() {
        return new DeliveryWindow(perSecond, Duration.ofSeconds(1));
    }

    SlidingWindow newSpacing() {
        return new SlidingWindow(1, spacing);
    }

    /** Telegram gives groups, supergroups and channels negative ids and users positive ones. */
    RateLimit newChatLimit(long chatId) {
        List<RateLimit.Rule> rules = chatId < 0 ? groupChat : privateChat;
        return RateLimit.of(rules.toArray(RateLimit.Rule[]::new));
    }

    /** The longest window of any per-chat rule: how long a chat's history must be remembered. */
    Duration longestChatWindow() {
        Duration longest = Duration.ZERO;
        for (RateLimit.Rule rule : groupChat) {
            longest = rule.window().compareTo(longest) > 0 ? rule.window() : longest;
        }
        for (RateLimit.Rule rule : privateChat) {
            longest = rule.window().compareTo(longest) > 0 ? rule.window() : longest;
        }
        return longest;
    }
}
