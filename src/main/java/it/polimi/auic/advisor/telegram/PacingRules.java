package it.polimi.auic.advisor.telegram;

import java.time.Duration;
import java.util.List;

/**
 * How fast messages may go out: overall, to one private chat, to one group. The defaults keep under Telegram's
 * published limits (about 30 messages a second overall, about one a second per chat with short bursts, 20 a minute
 * per group) with a margin for the jitter between handing a message to the network and the server counting it.
 */
record PacingRules(List<RateLimit.Rule> overall, List<RateLimit.Rule> privateChat, List<RateLimit.Rule> groupChat) {

    /**
     * 28 a second, evenly spaced rather than in bursts: a burst of 30 sent at once and the next 30 one second later
     * can land 31 inside one second of the server's clock; even spacing leaves 35 ms of slack per message.
     */
    static final PacingRules TELEGRAM = new PacingRules(
            List.of(new RateLimit.Rule(1, Duration.ofNanos(1_000_000_000L / 28))),
            List.of(new RateLimit.Rule(3, Duration.ofSeconds(3))),
            List.of(new RateLimit.Rule(3, Duration.ofSeconds(3)), new RateLimit.Rule(20, Duration.ofMinutes(1))));

    PacingRules {
        overall = List.copyOf(overall);
        privateChat = List.copyOf(privateChat);
        groupChat = List.copyOf(groupChat);
    }

    RateLimit newOverallLimit() {
        return RateLimit.of(overall.toArray(RateLimit.Rule[]::new));
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
