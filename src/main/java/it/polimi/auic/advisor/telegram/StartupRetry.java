package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.telegram.receive.BotIdentity;
import it.polimi.auic.advisor.telegram.send.ApiFailure;
import it.polimi.auic.advisor.telegram.send.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The calls the bot makes once, at start, each retried through network faults and server errors (the Bot API
 * server may come up after the bot) until it succeeds or the bot is stopped. Only a refused token is fatal.
 */
final class StartupRetry {

    private static final Logger log = LoggerFactory.getLogger(StartupRetry.class);
    /** The command menu is a nicety: a few tries, then the bot runs without it. */
    private static final int COMMAND_MENU_TRIES = 3;

    private final RetryPolicy retry;
    private final CountDownLatch cancelled = new CountDownLatch(1);

    StartupRetry(RetryPolicy retry) {
        this.retry = retry;
    }

    void cancel() {
        cancelled.countDown();
    }

    BotIdentity identify(TelegramBotApi api) throws InterruptedException {
        for (int failures = 1; ; failures++) {
            try {
                return api.identify();
            } catch (TelegramApiException e) {
                ApiFailure failure = ApiFailure.classify(e);
                if (failure.code() == 401) {
                    throw new TelegramBot.StartException(
                            "Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN");
                }
                if (!isWorthRetrying(failure)) {
                    log.warn("getMe is not available ({}); in groups, any bot's @mention will count as this bot's", failure);
                    return BotIdentity.UNKNOWN;
                }
                if (!pause("getMe", failure, failures)) {
                    return BotIdentity.UNKNOWN;
                }
            }
        }
    }

    void publishCommands(TelegramBotApi api) throws InterruptedException {
        for (int failures = 1; failures <= COMMAND_MENU_TRIES; failures++) {
            try {
                api.publishCommands();
                return;
            } catch (TelegramApiException e) {
                ApiFailure failure = ApiFailure.classify(e);
                if (!isWorthRetrying(failure) || failures == COMMAND_MENU_TRIES) {
                    log.warn("the command menu was not published ({}); the commands still work", failure);
                    return;
                }
                if (!pause("setMyCommands", failure, failures)) {
                    return;
                }
            }
        }
    }

    /** Registers the long-polling session, which first calls deleteWebhook; {@code undo} clears a failed attempt. */
    void register(TelegramBot.Registration registration, Runnable undo) throws InterruptedException {
        for (int failures = 1; ; failures++) {
            try {
                registration.run();
                return;
            } catch (TelegramApiException e) {
                undo.run();
                if (!pause("deleteWebhook", ApiFailure.classify(e), failures)) {
                    return;
                }
            }
        }
    }

    private static boolean isWorthRetrying(ApiFailure failure) {
        return failure.kind() == ApiFailure.Kind.TRANSIENT || failure.kind() == ApiFailure.Kind.RATE_LIMITED;
    }

    /** Waits before the next try; false when the bot was stopped meanwhile. */
    private boolean pause(String call, ApiFailure failure, int failures) throws InterruptedException {
        Duration delay = failure.kind() == ApiFailure.Kind.RATE_LIMITED ? failure.retryAfter() : retry.delayAfter(failures);
        log.warn("{} failed ({}); trying again in {} ms", call, failure, delay.toMillis());
        return !cancelled.await(delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
