package it.polimi.auic.advisor.telegram.send;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers button presses (answerCallbackQuery), which Telegram needs quickly and in no particular order, so they do
 * not wait in the chat lines: each goes at once, waits out a "retry after" shared with the {@link OutgoingQueue},
 * is retried through server errors while Telegram still waits for it, and is given up (logged) when refused.
 */
final class CallbackAnswers {

    private static final Logger log = LoggerFactory.getLogger(CallbackAnswers.class);
    /** Telegram stops waiting for a callback answer after about 15 seconds; retrying past that is pointless. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final BotApi api;
    private final RetryPolicy retry;
    private final Ticker ticker;
    private final ScheduledExecutorService timer;
    private final OutgoingQueue queue;

    CallbackAnswers(BotApi api, RetryPolicy retry, Ticker ticker, ScheduledExecutorService timer, OutgoingQueue queue) {
        this.api = api;
        this.retry = retry;
        this.ticker = ticker;
        this.timer = timer;
        this.queue = queue;
    }

    /** Completes when answered or given up; fails only when the bot shuts down first. */
    CompletableFuture<Void> answer(String callbackQueryId, String text) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        attempt(callbackQueryId, text, 0, ticker.read() + PATIENCE.toNanos(), done);
        return done;
    }

    private void attempt(String id, String text, int failures, long deadline, CompletableFuture<Void> done) {
        long pause = queue.pauseLeftNanos();
        if (pause < 0) {
            done.completeExceptionally(new CancellationException("not answered: the bot is shutting down"));
            return;
        }
        if (pause > 0) {
            later(() -> attempt(id, text, failures, deadline, done), pause, done);
            return;
        }
        OutgoingQueue.call(() -> api.answerCallback(id, text)).whenComplete((result, error) -> {
            if (error == null) {
                done.complete(null);
            } else {
                retryLater(id, text, failures + 1, deadline, done, ApiFailure.classify(error));
            }
        });
    }

    private void retryLater(String id, String text, int failures, long deadline, CompletableFuture<Void> done,
                               ApiFailure failure) {
        long now = ticker.read();
        Duration delay = null;
        if (failure.kind() == ApiFailure.Kind.RATE_LIMITED) {
            delay = failure.retryAfter();
            queue.pauseAll(delay);
        } else if (failure.kind() == ApiFailure.Kind.TRANSIENT) {
            delay = retry.delayAfter(failures);
        }
        if (delay == null || now + delay.toNanos() > deadline) {
            log.info("callback query not answered ({}); giving it up", failure);
            done.complete(null);
            return;
        }
        later(() -> attempt(id, text, failures, deadline, done), delay.toNanos(), done);
    }

    private void later(Runnable task, long delayNanos, CompletableFuture<Void> done) {
        try {
            timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new CancellationException("not answered: the bot is shutting down"));
        }
    }

}
