package it.polimi.auic.advisor.telegram.receive;

import it.polimi.auic.advisor.logging.Redactor;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a shared pool, one at a time and in submission order per key (a chat), and in parallel across keys:
 * each chat is answered in order, and one slow chat holds only its own line, never a pool thread's worth of others.
 */
public final class ChatSerialExecutor {

    private static final Logger log = LoggerFactory.getLogger(ChatSerialExecutor.class);

    private final Executor pool;
    private final Map<Long, ArrayDeque<Runnable>> lines = new HashMap<>();

    public ChatSerialExecutor(Executor pool) {
        this.pool = pool;
    }

    void submit(long key, Runnable task) {
        synchronized (lines) {
            ArrayDeque<Runnable> line = lines.get(key);
            if (line != null) {
                line.add(task);
                return;
            }
            lines.put(key, new ArrayDeque<>());
        }
        start(key, task);
    }

    /** Tasks queued behind running ones, for tests and the drain. */
    int queued() {
        synchronized (lines) {
            return lines.values().stream().mapToInt(ArrayDeque::size).sum();
        }
    }

    private void start(long key, Runnable task) {
        try {
            pool.execute(() -> runLine(key, task));
        } catch (RejectedExecutionException e) {
            synchronized (lines) {
                lines.remove(key);
            }
            log.debug("a chat's task not run: shutting down");
        }
    }

    /** Runs one task, then hands the line's next task back to the pool, behind other chats' waiting tasks. */
    private void runLine(long key, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            log.error("a chat's task failed: {}", Redactor.describe(e));
        }
        Runnable next;
        synchronized (lines) {
            ArrayDeque<Runnable> line = lines.get(key);
            next = line == null ? null : line.poll();
            if (next == null) {
                lines.remove(key);
            }
        }
        if (next != null) {
            start(key, next);
        }
    }
}
