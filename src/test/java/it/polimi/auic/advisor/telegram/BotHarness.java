package it.polimi.auic.advisor.telegram;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.receive.FloodGuard;
import it.polimi.auic.advisor.telegram.receive.LatencyProbe;
import it.polimi.auic.advisor.telegram.send.PacingRules;
import it.polimi.auic.advisor.telegram.send.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@link TelegramBot} against a {@link FakeBotApiServer}, with the waits shortened for tests. By default the bot
 * paces itself {@value #SPEED_UP} times faster than Telegram allows, against a server that counts as fast: the same
 * pacing code and the same rules in proportion, so an end-to-end test takes seconds instead of tens of seconds.
 * {@link #realSettings} keeps Telegram's own limits, for the test that measures them.
 */
final class BotHarness implements AutoCloseable {

    static final long ADMIN = 999;

    /** How much faster than Telegram's limits the bot and the fake server run by default. */
    static final int SPEED_UP = 10;

    final FakeBotApiServer server;
    final Path dataDir;
    private TelegramBot bot;

    BotHarness(FakeBotApiServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** Telegram's limits {@value #SPEED_UP} times faster; use with {@code new FakeBotApiServer(SPEED_UP)}. */
    static BotSettings fastSettings(FakeBotApiServer server, Path dataDir) {
        return settings(server, dataDir, PacingRules.TELEGRAM.faster(SPEED_UP));
    }

    /** Telegram's own limits; use with {@code new FakeBotApiServer()}. */
    static BotSettings realSettings(FakeBotApiServer server, Path dataDir) {
        return settings(server, dataDir, PacingRules.TELEGRAM);
    }

    private static BotSettings settings(FakeBotApiServer server, Path dataDir, PacingRules pacing) {
        return new BotSettings(FakeBotApiServer.TOKEN, ApiUrl.parse(server.url()), dataDir,
                pacing, new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(500)),
                FloodGuard.Limits.DEFAULT, Duration.ofMillis(300), 2, Duration.ofMillis(50), Duration.ofSeconds(10), 8);
    }

    /** Starts the bot with the fast settings. */
    TelegramBot start(ChatHandler handler) throws InterruptedException {
        return start(handler, LatencyProbe.NONE, fastSettings(server, dataDir));
    }

    TelegramBot start(ChatHandler handler, LatencyProbe probe, BotSettings settings) throws InterruptedException {
        return start(new TelegramBot(settings, handler, probe, Ticker.systemTicker()));
    }

    /**
     * Starts the bot with the fast settings, the wall time of {@code clock} (the saved offset's age, the hand-over
     * links') and, when given, a staff chat.
     */
    TelegramBot start(ChatHandler handler, MovableClock clock, Optional<StaffChatSetup> staff)
            throws InterruptedException {
        return start(new TelegramBot(fastSettings(server, dataDir), handler, LatencyProbe.NONE, Ticker.systemTicker(),
                clock, staff));
    }

    private TelegramBot start(TelegramBot created) throws InterruptedException {
        Redactor.register(FakeBotApiServer.TOKEN);
        bot = created;
        bot.start();
        return bot;
    }

    void stop() {
        if (bot != null) {
            bot.stop();
            bot = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
