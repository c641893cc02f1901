package it.polimi.auic.advisor.telegram.send;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which queued message goes out next and when. Each chat has its own line, and only the head of a line is
 * ever on the network, so a chat's messages arrive in order even across retries; among the chats whose head may go
 * now, the one waiting longest goes first, so one chat held back by its own limit never holds back the others.
 * Pure logic on a given time: the owner ({@link OutgoingQueue}) guards it with a lock and does the sending.
 *
 * @param <T> what is queued
 */
final class SendSchedule<T> {

    /** What to do now. */
    sealed interface Decision<T> permits Send, Wait, Idle {
    }

    /** Send the head of this chat's line; the line is blocked until {@link #sent}, {@link #retryAt} or {@link #dropHead}. */
    record Send<T>(long chatId, T item) implements Decision<T> {
    }

    /** Nothing may go before this time (nanoseconds on the schedule's clock); {@link Long#MAX_VALUE}: until a response. */
    record Wait<T>(long untilNanos) implements Decision<T> {
    }

    /** Nothing queued. */
    record Idle<T>() implements Decision<T> {
    }

    private final PacingRules rules;
    private final DeliveryWindow overall;
    private final SlidingWindow spacing;
    private final Map<Long, Line<T>> lines = new HashMap<>();
    /** Lines with a head that is not on the network, by the sequence number of that head. */
    private final TreeMap<Long, Line<T>> ready = new TreeMap<>();
    private long sequence;
    private long pausedUntil = Long.MIN_VALUE;
    private int queued;
    private boolean swept;
    private long lastSweep;

    SendSchedule(PacingRules rules) {
        this.rules = rules;
        this.overall = rules.newDeliveryWindow();
        this.spacing = rules.newSpacing();
    }

    void add(long chatId, T item) {
        Line<T> line = lines.computeIfAbsent(chatId, id -> new Line<>(id, rules.newChatLimit(id)));
        line.items.add(new Entry<>(sequence++, item));
        queued++;
        if (!line.onNetwork && line.items.size() == 1) {
            ready.put(line.items.peek().sequence, line);
        }
    }

    Decision<T> next(long now) {
        sweepIdleLines(now);
        if (ready.isEmpty()) {
            return new Idle<>();
        }
        if (pausedUntil > now) {
            return new Wait<>(pausedUntil);
        }
        long overallAt = Math.max(overall.earliestAllowed(now), spacing.earliestAllowed(now));
        if (overallAt > now) {
            return new Wait<>(overallAt);
        }
        long wake = Long.MAX_VALUE;
        for (Iterator<Line<T>> it = ready.values().iterator(); it.hasNext(); ) {
            Line<T> line = it.next();
            long at = Math.max(line.retryAt, line.limit.earliestAllowed(now));
            if (at <= now) {
                it.remove();
                line.onNetwork = true;
                line.lastSend = now;
                line.everSent = true;
                overall.handedOver();
                spacing.record(now);
                line.limit.record(now);
                return new Send<>(line.chatId, line.items.peek().item);
            }
            wake = Math.min(wake, at);
        }
        return new Wait<>(wake);
    }

    /** The server answered a message handed over by {@link #next} (whatever it answered) at {@code now}. */
    void answered(long now) {
        overall.answered(now);
    }

    /** The head went out: the line moves on. */
    void sent(long chatId) {
        dropHead(chatId);
    }

    /** The head will never go out (refused for good): the line moves on. */
    void dropHead(long chatId) {
        Line<T> line = lines.get(chatId);
        if (line == null || line.items.isEmpty()) {
            return;
        }
        line.items.poll();
        queued--;
        line.onNetwork = false;
        line.retryAt = Long.MIN_VALUE;
        requeue(line);
    }

    /** The head failed and goes again, not before {@code atNanos}; the messages behind it wait for it. */
    void retryAt(long chatId, long atNanos) {
        Line<T> line = lines.get(chatId);
        if (line == null || line.items.isEmpty()) {
            return;
        }
        line.onNetwork = false;
        line.retryAt = atNanos;
        requeue(line);
    }

    /** Telegram said "retry after": nothing goes out before then, whichever chat it is for. */
    void pauseAll(long untilNanos) {
        pausedUntil = Math.max(pausedUntil, untilNanos);
    }

    /** How long, from {@code now}, sending stays paused; zero when it is not. */
    long pauseLeft(long now) {
        return pausedUntil > now ? pausedUntil - now : 0;
    }

    /** Messages queued or on the network. */
    int pending() {
        return queued;
    }

    int pending(long chatId) {
        Line<T> line = lines.get(chatId);
        return line == null ? 0 : line.items.size();
    }

    /** Empties every line and returns what was in them, for a shutdown that cannot wait any longer. */
    List<T> clear() {
        List<T> items = new ArrayList<>();
        for (Line<T> line : lines.values()) {
            for (Entry<T> entry : line.items) {
                items.add(entry.item);
            }
            line.items.clear();
        }
        lines.clear();
        ready.clear();
        queued = 0;
        return items;
    }

    private void requeue(Line<T> line) {
        if (!line.items.isEmpty()) {
            ready.put(line.items.peek().sequence, line);
        }
    }

    /** Forgets the chats that have nothing queued and sent nothing within the longest per-chat window. */
    private void sweepIdleLines(long now) {
        long horizon = rules.longestChatWindow().toNanos();
        if (swept && now - lastSweep < horizon) {
            return;
        }
        swept = true;
        lastSweep = now;
        lines.values().removeIf(line -> line.items.isEmpty() && !line.onNetwork
                && (!line.everSent || now - line.lastSend > horizon));
    }

    private record Entry<T>(long sequence, T item) {
    }

    private static final class Line<T> {
        final long chatId;
        final RateLimit limit;
        final ArrayDeque<Entry<T>> items = new ArrayDeque<>();
        boolean onNetwork;
        long retryAt = Long.MIN_VALUE;
        long lastSend;
        boolean everSent;

        Line(long chatId, RateLimit limit) {
            this.chatId = chatId;
            this.limit = limit;
        }
    }
}
