package it.polimi.auic.advisor.telegram.receive;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.format.MessageSplitter;
import it.polimi.auic.advisor.telegram.format.MessageText;
import it.polimi.auic.advisor.telegram.offset.OffsetTracker;
import it.polimi.auic.advisor.telegram.send.OutgoingQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one {@link Inbound} (on a chat's worker, in the chat's order): asks the flood guard, then the chat core,
 * with the typing action shown while the core takes its time; queues the reply and the callback answer; and marks
 * the update done once all of it was delivered or given up. A core that throws gets the user an apology, never
 * silence, and never stops the bot.
 */
public final class InboundProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

    /** Telegram shows a chat action for about five seconds; renewing a little earlier keeps it steady. */
    private static final Duration TYPING_RENEWAL = Duration.ofMillis(4500);
    /** answerCallbackQuery takes at most 200 characters. */
    private static final int NOTICE_LIMIT = 200;
    private static final ChatReply NOTHING = new ChatReply(List.of(), List.of());

    private final ChatHandler handler;
    private final OutgoingQueue outgoing;
    private final FloodGuard floodGuard;
    private final OffsetTracker tracker;
    private final ScheduledExecutorService timer;
    private final Duration typingAfter;
    private final MessageSplitter splitter = new MessageSplitter();
    private final LatencyProbe probe;
    private final Ticker ticker;

    public InboundProcessor(ChatHandler handler, OutgoingQueue outgoing, FloodGuard floodGuard, OffsetTracker tracker,
                     ScheduledExecutorService timer, Duration typingAfter, LatencyProbe probe, Ticker ticker) {
        this.handler = handler;
        this.outgoing = outgoing;
        this.floodGuard = floodGuard;
        this.tracker = tracker;
        this.timer = timer;
        this.typingAfter = typingAfter;
        this.probe = probe;
        this.ticker = ticker;
    }

    void process(Inbound inbound) {
        CompletableFuture<Void> delivered;
        try {
            delivered = deliver(inbound, replyTo(inbound));
        } catch (RuntimeException e) {
            log.error("update {} could not be answered: {}", inbound.updateId(), Redactor.describe(e));
            delivered = deliver(inbound, ChatReply.text(BotTexts.apology(inbound.language())));
        }
        // Done only when delivered or given up; a shutdown that cuts delivery short leaves it for the next start.
        delivered.whenComplete((ignored, error) -> {
            if (error == null) {
                tracker.done(inbound.updateId());
            }
        });
    }

    private ChatReply replyTo(Inbound inbound) {
        FloodGuard.Verdict verdict = floodGuard.check(inbound.userId());
        if (verdict == FloodGuard.Verdict.DROP) {
            return NOTHING;
        }
        if (verdict == FloodGuard.Verdict.WARN) {
            log.info("a user is sending too fast: throttled");
            return ChatReply.text(BotTexts.slowDown(inbound.language()));
        }
        if (!inbound.hasText()) {
            return ChatReply.text(BotTexts.textOnly(inbound.language()));
        }
        return askCore(inbound);
    }

    private ChatReply askCore(Inbound inbound) {
        ScheduledFuture<?> typing = scheduleTyping(inbound.chatId());
        try {
            ChatReply reply = handler.handle(inbound.toRequest());
            return reply == null ? NOTHING : reply;
        } catch (RuntimeException | StackOverflowError e) {
            log.error("the chat core failed on update {}: {}", inbound.updateId(), Redactor.describe(e));
            return ChatReply.text(BotTexts.apology(inbound.language()));
        } finally {
            if (typing != null) {
                typing.cancel(false);
            }
        }
    }

    private ScheduledFuture<?> scheduleTyping(long chatId) {
        try {
            return timer.scheduleAtFixedRate(() -> outgoing.sendTyping(chatId),
                    typingAfter.toMillis(), TYPING_RENEWAL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    private CompletableFuture<Void> deliver(Inbound inbound, ChatReply reply) {
        List<CompletableFuture<Void>> work = new ArrayList<>();
        if (inbound.isButtonPress()) {
            work.add(outgoing.answerCallback(inbound.callbackQueryId(), truncate(reply.notice())));
        }
        if (reply.hasMessage()) {
            List<MessageText> parts = splitter.split(reply.blocks());
            work.add(outgoing.send(inbound.chatId(), parts, reply.keyboard(),
                    () -> probe.handedOver(inbound, ticker.read())));
        }
        return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
    }

    private static String truncate(String notice) {
        if (notice.codePointCount(0, notice.length()) <= NOTICE_LIMIT) {
            return notice;
        }
        return notice.substring(0, notice.offsetByCodePoints(0, NOTICE_LIMIT - 1)) + "\u2026";
    }
}
