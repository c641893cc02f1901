package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.telegram.receive.FloodGuard;
import it.polimi.auic.advisor.telegram.send.PacingRules;
import it.polimi.auic.advisor.telegram.send.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the bot runs. {@link #of} gives the production values (with the pacing given); tests shorten the waits.
 *
 * @param token            the bot token, from the environment only; never logged
 * @param apiUrl           the Bot API server
 * @param dataDir          where the offset file lives
 * @param pacing           the send-rate limits
 * @param retry            the backoff for failed sends and failed getUpdates
 * @param flood            the per-user flood limits
 * @param typingAfter      how long the chat core may take before "typing…" is shown
 * @param longPollSeconds  how long an idle getUpdates is held by the server
 * @param pollInterval     the least time between two getUpdates calls (they come back at once while answers are in flight)
 * @param drain            how long a stop waits for the replies in flight
 * @param workers          threads that run the chat core (chats in parallel, each chat in order)
 */
record BotSettings(
        String token,
        TelegramUrl apiUrl,
        Path dataDir,
        PacingRules pacing,
        RetryPolicy retry,
        FloodGuard.Limits flood,
        Duration typingAfter,
        int longPollSeconds,
        Duration pollInterval,
        Duration drain,
        int workers) {

    static BotSettings of(String token, TelegramUrl apiUrl, Path dataDir, PacingRules pacing) {
        return new BotSettings(token, apiUrl, dataDir, pacing, RetryPolicy.DEFAULT,
                FloodGuard.Limits.DEFAULT, Duration.ofSeconds(1), 25, Duration.ofMillis(100), Duration.ofSeconds(10),
                Math.max(4, 4 * Runtime.getRuntime().availableProcessors()));
    }

    /** The numeric part of the token: the bot's id, which is not secret. */
    String botId() {
        int colon = token.indexOf(':');
        String id = colon > 0 ? token.substring(0, colon) : "";
        return id.matches("\\d{1,20}") ? id : "bot";
    }

    @Override
    public String toString() {
        return "BotSettings[apiUrl=" + ApiUrl.describe(apiUrl) + ", dataDir=" + dataDir + "]";
    }
}
