package it.polimi.auic.advisor.telegram.send;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.format.MessageText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Everything the bot sends goes through here. Messages wait in per-chat lines and leave at the pace
 * {@link SendSchedule} allows; a "retry after" pauses all sending for as long as Telegram asks; server errors and
 * network faults are retried with capped backoff; HTML that Telegram refuses goes again as plain text; only a
 * permanent refusal drops a message (logged). Each message's future completes when it was delivered or given up,
 * and fails only when shutdown came first.
 */
public final class OutgoingQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutgoingQueue.class);

    private final BotApi api;
    private final RetryPolicy retry;
    private final Ticker ticker;
    private final ScheduledExecutorService timer;
    private final SendSchedule<Delivery> schedule;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread scheduler;
    private final CallbackAnswers callbacks;
    private boolean closed;

    public OutgoingQueue(BotApi api, PacingRules rules, RetryPolicy retry, Ticker ticker, ScheduledExecutorService timer) {
        this.api = api;
        this.retry = retry;
        this.ticker = ticker;
        this.timer = timer;
        this.schedule = new SendSchedule<>(rules);
        this.callbacks = new CallbackAnswers(api, retry, ticker, timer, this);
        this.scheduler = new Thread(this::dispatchLoop, "tg-outgoing");
        scheduler.setDaemon(true);
        scheduler.start();
    }

    /**
     * Queues the messages of one reply for one chat, in order; the keyboard goes under the last one.
     * {@code onHandOver} runs when the first of them is handed to the HTTP client.
     */
    public CompletableFuture<Void> send(long chatId, List<MessageText> parts, List<List<Button>> keyboard, Runnable onHandOver) {
        if (parts.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<Void>> all = new ArrayList<>();
        lock.lock();
        try {
            if (closed) {
                return CompletableFuture.failedFuture(new CancellationException("not sent: the bot is shutting down"));
            }
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                Delivery delivery = new Delivery(chatId, parts.get(i), last ? keyboard : List.of(), i == 0 ? onHandOver : null);
                schedule.add(chatId, delivery);
                all.add(delivery.done);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }

    /**
     * Queues one message that the bot must recognise later (a question posted to the staff, whose replies are
     * relayed), paced and retried like every other. Yields the message's id in its chat once Telegram accepted it;
     * empty when it was given up. Fails only when shutdown came first.
     */
    public CompletableFuture<OptionalLong> post(long chatId, MessageText text) {
        Delivery delivery = new Delivery(chatId, text, List.of(), null);
        lock.lock();
        try {
            if (closed) {
                return CompletableFuture.failedFuture(new CancellationException("not sent: the bot is shutting down"));
            }
            schedule.add(chatId, delivery);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return delivery.done.thenApply(ignored -> delivery.response instanceof Message sent && sent.getMessageId() != null
                ? OptionalLong.of(sent.getMessageId()) : OptionalLong.empty());
    }

    /** Answers a button press (always, so the client stops its spinner), retrying while Telegram still waits for it. */
    public CompletableFuture<Void> answerCallback(String callbackQueryId, String text) {
        return callbacks.answer(callbackQueryId, text);
    }

    /** How long, from now, all sending stays paused by a "retry after"; zero when it is not. Negative once closed. */
    long pauseLeftNanos() {
        lock.lock();
        try {
            return closed ? -1 : schedule.pauseLeft(ticker.read());
        } finally {
            lock.unlock();
        }
    }

    /** Honours a "retry after" that came back on a call outside the queue (a callback answer). */
    void pauseAll(Duration retryAfter) {
        lock.lock();
        try {
            schedule.pauseAll(ticker.read() + retryAfter.toNanos());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Shows "typing…" in a chat, best effort: skipped while the chat has messages queued or sending is paused. */
    public void sendTyping(long chatId) {
        lock.lock();
        try {
            if (closed || schedule.pending(chatId) > 0 || schedule.pauseLeft(ticker.read()) > 0) {
                return;
            }
        } finally {
            lock.unlock();
        }
        call(() -> api.sendTyping(chatId)).whenComplete((result, error) -> {
            if (error != null) {
                log.debug("a typing action was not sent: {}", ApiFailure.classify(error));
            }
        });
    }

    /** Waits until nothing is queued or on the network; false if the timeout came first. */
    public boolean awaitEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (schedule.pending() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    int pending() {
        lock.lock();
        try {
            return schedule.pending();
        } finally {
            lock.unlock();
        }
    }

    /** Stops sending; whatever is still queued fails with a {@link CancellationException}. */
    @Override
    public void close() {
        List<Delivery> abandoned;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            abandoned = schedule.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (!abandoned.isEmpty()) {
            log.warn("{} queued messages not sent: shutting down", abandoned.size());
        }
        for (Delivery delivery : abandoned) {
            delivery.done.completeExceptionally(new CancellationException("not sent: the bot is shutting down"));
        }
        try {
            scheduler.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatchLoop() {
        while (true) {
            Delivery next;
            lock.lock();
            try {
                next = awaitNextSend();
                if (next == null) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            handOver(next);
        }
    }

    /** Under the lock: blocks until a message may go, and returns it; null once closed. */
    private Delivery awaitNextSend() throws InterruptedException {
        while (!closed) {
            long now = ticker.read();
            SendSchedule.Decision<Delivery> decision = schedule.next(now);
            if (decision instanceof SendSchedule.Send<Delivery> send) {
                return send.item();
            }
            if (decision instanceof SendSchedule.Wait<Delivery> wait && wait.untilNanos() != Long.MAX_VALUE) {
                changed.awaitNanos(wait.untilNanos() - now);
            } else {
                changed.await();
            }
        }
        return null;
    }

    private void handOver(Delivery delivery) {
        Runnable onHandOver = delivery.takeOnHandOver();
        if (onHandOver != null) {
            try {
                onHandOver.run();
            } catch (RuntimeException e) {
                log.warn("hand-over hook failed: {}", Redactor.describe(e));
            }
        }
        String text = delivery.plain ? delivery.text.plain() : delivery.text.html();
        call(() -> api.sendMessage(delivery.chatId, text, !delivery.plain, delivery.keyboard))
                .whenComplete((result, error) -> {
                    if (error == null) {
                        delivery.response = result;
                    }
                    settle(delivery, error);
                });
    }

    private void settle(Delivery delivery, Throwable error) {
        boolean finished;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            schedule.answered(ticker.read());
            if (error == null) {
                schedule.sent(delivery.chatId);
                finished = true;
            } else {
                finished = handleFailure(delivery, ApiFailure.classify(error), ticker.read());
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (finished) {
            delivery.done.complete(null);
        }
    }

    /** Under the lock: schedules what comes after a failed send; true when the message is given up. */
    private boolean handleFailure(Delivery delivery, ApiFailure failure, long now) {
        long chatId = delivery.chatId;
        if (failure.kind() == ApiFailure.Kind.RATE_LIMITED) {
            log.warn("Telegram asks to slow down ({}): pausing all sending for {} s", failure, failure.retryAfter().toSeconds());
            long until = now + failure.retryAfter().toNanos();
            schedule.pauseAll(until);
            schedule.retryAt(chatId, until);
            return false;
        }
        if (failure.kind() == ApiFailure.Kind.TRANSIENT) {
            delivery.failures++;
            Duration delay = retry.delayAfter(delivery.failures);
            log.warn("a message failed ({}); retry {} in {} ms", failure, delivery.failures, delay.toMillis());
            schedule.retryAt(chatId, now + delay.toNanos());
            return false;
        }
        if (failure.kind() == ApiFailure.Kind.REJECTED && !delivery.plain) {
            log.warn("Telegram refused the HTML of a message ({}); sending it as plain text", failure);
            delivery.plain = true;
            schedule.retryAt(chatId, now);
            return false;
        }
        log.warn("Telegram refused a message for good ({}); giving it up", failure);
        schedule.dropHead(chatId);
        return true;
    }

    static CompletableFuture<?> call(Supplier<CompletableFuture<?>> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
