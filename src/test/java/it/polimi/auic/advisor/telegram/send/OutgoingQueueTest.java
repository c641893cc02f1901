package it.polimi.auic.advisor.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.telegram.Threads;
import it.polimi.auic.advisor.telegram.format.MessageText;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Retries, fallbacks and give-ups of the outgoing queue, against a Bot API that answers from a script. */
class OutgoingQueueTest {

    /** Loose limits and short backoff: this test is about what is sent, not how fast. */
    private static final PacingRules LOOSE = new PacingRules(1000, Duration.ofNanos(1),
            List.of(new RateLimit.Rule(1000, Duration.ofSeconds(1))), List.of(new RateLimit.Rule(1000, Duration.ofSeconds(1))));

    private final ScriptedApi api = new ScriptedApi();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Threads.daemon("test-timer"));
    private final OutgoingQueue queue = new OutgoingQueue(api, LOOSE,
            new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(5)), Ticker.systemTicker(), timer);

    @AfterEach
    void close() {
        queue.close();
        timer.shutdownNow();
    }

    @Test
    void aChatsMessagesArriveOnceEachAndInOrderThroughServerErrorsAndRateLimits() {
        api.script("one", 502);
        api.script("two", 429);
        api.script("two", 500);
        await(queue.send(1, parts("one", "two", "three"), List.of(), null));
        assertEquals(List.of("one", "two", "three"), api.accepted(1));
        assertEquals(List.of("one", "one", "two", "two", "two", "three"), api.attempts(1), "only the failed one is retried");
    }

    @Test
    void htmlTheServerRefusesGoesAgainAsPlainTextAndTheKeyboardStays() {
        api.script("<b>x</b>", 400);
        List<List<Button>> keyboard = List.of(List.of(new Button("Yes", "calc:yes")));
        await(queue.send(1, List.of(new MessageText("<b>x</b>", "x")), keyboard, null));
        assertEquals(List.of("x"), api.accepted(1));
        ScriptedApi.Call last = api.calls.get(api.calls.size() - 1);
        assertEquals(false, last.html());
        assertEquals(keyboard, last.keyboard());
    }

    @Test
    void aPermanentRefusalGivesUpThatMessageOnlyAndIsLoggedNotRetried() {
        api.script("blocked", 403);
        api.script("bad", 400);
        api.script("bad", 400);
        await(queue.send(1, parts("blocked", "bad", "fine"), List.of(), null));
        assertEquals(List.of("fine"), api.accepted(1));
        assertEquals(List.of("blocked", "bad", "bad", "fine"), api.attempts(1));
    }

    @Test
    void callbackAnswersAreRetriedThroughServerErrorsAndGivenUpWhenRefused() {
        api.script("cb-1", 502);
        api.script("cb-2", 400);
        await(queue.answerCallback("cb-1", "Noted"));
        await(queue.answerCallback("cb-2", ""));
        assertEquals(List.of("cb-1", "cb-1", "cb-2"), api.callbacks);
    }

    @Test
    void theHandOverHookRunsOnceWhenTheFirstMessageLeaves() {
        api.script("a", 502);
        java.util.concurrent.atomic.AtomicInteger handedOver = new java.util.concurrent.atomic.AtomicInteger();
        await(queue.send(1, parts("a", "b"), List.of(), handedOver::incrementAndGet));
        assertEquals(1, handedOver.get());
    }

    @Test
    void whatIsStillQueuedAtCloseFailsSoThatItIsNotTakenAsAnswered() throws Exception {
        api.hold = true;
        CompletableFuture<Void> pending = queue.send(1, parts("a", "b"), List.of(), null);
        assertTrue(api.started.poll(5, TimeUnit.SECONDS) != null);
        queue.close();
        CompletionException e = assertThrows(CompletionException.class, pending::join);
        assertTrue(e.getCause() instanceof CancellationException);
    }

    @Test
    void aPostYieldsTheIdTelegramGaveTheMessageAfterRetriesAndNothingWhenRefused() {
        api.script("question", 502);
        api.script("refused", 403);
        assertEquals(java.util.OptionalLong.of(2), queue.post(-100, new MessageText("question", "question"))
                .orTimeout(10, TimeUnit.SECONDS).join(), "the second attempt went through");
        assertEquals(java.util.OptionalLong.empty(), queue.post(-100, new MessageText("refused", "refused"))
                .orTimeout(10, TimeUnit.SECONDS).join());
    }

    private static List<MessageText> parts(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new MessageText(t, t)).toList();
    }

    private static void await(CompletableFuture<Void> future) {
        future.orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** A Bot API answering each text with the scripted error codes first, then success. */
    static final class ScriptedApi implements BotApi {
        record Call(long chatId, String text, boolean html, List<List<Button>> keyboard, boolean accepted) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        final List<String> callbacks = new CopyOnWriteArrayList<>();
        final java.util.concurrent.BlockingQueue<String> started = new java.util.concurrent.LinkedBlockingQueue<>();
        private final Map<String, Deque<Integer>> errors = new HashMap<>();
        volatile boolean hold;

        synchronized void script(String text, int code) {
            errors.computeIfAbsent(text, t -> new ArrayDeque<>()).add(code);
        }

        @Override
        public CompletableFuture<?> sendMessage(long chatId, String text, boolean html, List<List<Button>> keyboard) {
            started.add(text);
            if (hold) {
                return new CompletableFuture<>();
            }
            Integer code = next(text);
            calls.add(new Call(chatId, text, html, keyboard, code == null));
            return code == null ? CompletableFuture.completedFuture(sentMessage(calls.size()))
                    : CompletableFuture.failedFuture(error(code));
        }

        @Override
        public CompletableFuture<?> answerCallback(String callbackQueryId, String text) {
            callbacks.add(callbackQueryId);
            Integer code = next(callbackQueryId);
            return code == null ? CompletableFuture.completedFuture(true) : CompletableFuture.failedFuture(error(code));
        }

        @Override
        public CompletableFuture<?> sendTyping(long chatId) {
            return CompletableFuture.completedFuture(true);
        }

        List<String> accepted(long chatId) {
            return calls.stream().filter(c -> c.chatId() == chatId && c.accepted()).map(Call::text).toList();
        }

        List<String> attempts(long chatId) {
            return calls.stream().filter(c -> c.chatId() == chatId).map(Call::text).toList();
        }

        /** What the real client returns for a message sent: the message, with its id in the chat. */
        private static Message sentMessage(int messageId) {
            Message message = new Message();
            message.setMessageId(messageId);
            return message;
        }

        private synchronized Integer next(String key) {
            Deque<Integer> codes = errors.get(key);
            return codes == null ? null : codes.poll();
        }

        /** The exception the real client throws for this answer from the server. */
        private static TelegramApiRequestException error(int code) {
            String retry = code == 429 ? ",\"parameters\":{\"retry_after\":0}" : "";
            try {
                new GetMe().deserializeResponse("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"scripted\"" + retry + "}");
                throw new AssertionError("not an error");
            } catch (TelegramApiRequestException e) {
                return e;
            }
        }
    }
}
