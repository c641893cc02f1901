package it.polimi.auic.advisor.telegram;

import ch.qos.logback.classic.Level;
import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.command.ArgumentText;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.ExitCode;
import it.polimi.auic.advisor.command.Invocation;
import it.polimi.auic.advisor.command.UsageException;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.receive.LatencyProbe;
import it.polimi.auic.advisor.telegram.send.PacingRules;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * {@code telegram}: runs the bot by long polling until SIGTERM (or Ctrl-C), then drains the replies in flight and
 * exits. The token comes from {@code TELEGRAM_BOT_TOKEN} in the environment only; {@code TELEGRAM_API_URL} may
 * point the bot at another Bot API server.
 */
@picocli.CommandLine.Command(name = "telegram",
        description = "run the Telegram bot by long polling (needs TELEGRAM_BOT_TOKEN; the default when it is set)")
public final class TelegramCommand implements Command {

    static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";

    /**
     * For tests against a fake Bot API server only: Telegram's rate limits this many times faster
     * ({@code -Dadvisor.telegram.pacingSpeedUp=10}), so that a burst the real limits spread over ten seconds takes
     * one. Against Telegram itself it would only earn "retry after" answers.
     */
    static final String PACING_SPEED_UP = "advisor.telegram.pacingSpeedUp";
    private static final int MAX_SPEED_UP = 100;

    @Override
    public int run(Invocation invocation) throws InterruptedException {
        String token = token(invocation);
        Redactor.register(token);
        TelegramUrl apiUrl = ApiUrl.parse(invocation.env().get(ApiUrl.VARIABLE));
        PacingRules pacing = pacing();
        logAtInfo();
        // serve, not load: a long-running adapter gets live reload of knowledge/ and config/ and the feedback log.
        Advisor advisor = Advisor.serve(invocation.knowledgeDir(), invocation.configDir());
        BotSettings settings = BotSettings.of(token, apiUrl, advisor.config().general().dataPath(), pacing);
        TelegramBot bot = new TelegramBot(settings, advisor.chat(), LatencyProbe.NONE, Ticker.systemTicker(),
                Clock.systemUTC(), StaffChatSetup.of(advisor.config().general(), advisor.chat()::relayStaffAnswer));
        // The chat core offers "Ask the School's staff" once the bot can post there (a staff chat configured).
        advisor.attachStaffDesk(bot.staffDesk());
        // The admins are read at each notice: a config reload may have changed them.
        advisor.onReload(outcome -> bot.notifyAdmins(advisor.config().general().adminIds(), outcome.describe()));
        Thread shutdown = new Thread(() -> {
            bot.stop();
            advisor.close();
        }, "tg-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            bot.start();
        } catch (RuntimeException | InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(shutdown);
            bot.stop();
            advisor.close();
            throw e;
        }
        bot.awaitStopped();
        return ExitCode.OK;
    }

    private static String token(Invocation invocation) {
        String token = invocation.env().get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new UsageException("telegram: " + TOKEN_VARIABLE
                    + " is not set; export the token BotFather gave you in that environment variable");
        }
        token = token.strip();
        if (!token.matches("[^\\s/?#]+")) {
            throw new UsageException("telegram: " + TOKEN_VARIABLE
                    + " is not a bot token (it contains spaces or URL characters)");
        }
        return token;
    }

    private static PacingRules pacing() {
        String speedUp = System.getProperty(PACING_SPEED_UP);
        if (speedUp == null) {
            return PacingRules.TELEGRAM;
        }
        try {
            int factor = Integer.parseInt(speedUp.strip());
            if (factor >= 1 && factor <= MAX_SPEED_UP) {
                return PacingRules.TELEGRAM.faster(factor);
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        throw new UsageException("telegram: -D" + PACING_SPEED_UP + " must be a whole number from 1 to " + MAX_SPEED_UP
                + ", got '" + ArgumentText.quote(speedUp) + "'");
    }

    /** A long-running bot reports what it does; the CLI commands stay at WARN. An explicit level wins. */
    private static void logAtInfo() {
        if (System.getProperty("advisor.log.level") != null) {
            return;
        }
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.INFO);
        }
    }
}
