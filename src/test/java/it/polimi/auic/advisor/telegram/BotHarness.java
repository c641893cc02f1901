package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.receive.FloodGuard;
import it.polimi.auic.advisor.telegram.receive.LatencyProbe;
import it.polimi.auic.advisor.telegram.send.PacingRules;
import it.polimi.auic.advisor.telegram.send.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;

/** A {@link TelegramBot} against a {@link FakeBotApiServer}, with the waits shortened for tests. */
final class BotHarness implements AutoCloseable {

    static final long ADMIN = 999;

    final FakeBotApiServer server;
    final Path dataDir;
    private TelegramBot bot;

    BotHarness(FakeBotApiServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    static BotSettings settings(FakeBotApiServer server, Path dataDir) {
        return new BotSettings(FakeBotApiServer.TOKEN, ApiUrl.parse(server.url()), dataDir,
                PacingRules.TELEGRAM, new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(500)),
                FloodGuard.Limits.DEFAULT, Duration.ofMillis(300), 2, Duration.ofMillis(50), Duration.ofSeconds(10), 8);
    }

    TelegramBot start(ChatHandler handler) throws InterruptedException {
        return start(handler, LatencyProbe.NONE);
    }

    TelegramBot start(ChatHandler handler, LatencyProbe probe) throws InterruptedException {
        return start(handler, probe, settings(server, dataDir));
    }

    TelegramBot start(ChatHandler handler, LatencyProbe probe, BotSettings settings) throws InterruptedException {
        Redactor.register(FakeBotApiServer.TOKEN);
        bot = new TelegramBot(settings, handler, probe);
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
