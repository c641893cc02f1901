package it.polimi.auic.advisor.telegram.offset;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the tracker's state off the caller's thread, coalescing: under a burst, many changes become one write of
 * the state as it is when the write starts (never an older one). {@link #closeWithFinalSave} writes it once more.
 */
public final class OffsetSaver {

    private static final Logger log = LoggerFactory.getLogger(OffsetSaver.class);

    private final OffsetStore store;
    private final Supplier<OffsetTracker.State> current;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ExecutorService writer;

    /** @param threads makes the writer's thread (a daemon: a pending write must not keep the JVM alive) */
    public OffsetSaver(OffsetStore store, Supplier<OffsetTracker.State> current, ThreadFactory threads) {
        this.store = store;
        this.current = current;
        this.writer = Executors.newSingleThreadExecutor(threads);
    }

    public void requestSave() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                writer.execute(this::write);
            } catch (RejectedExecutionException e) {
                scheduled.set(false); // closing: the final save covers it
            }
        }
    }

    private void write() {
        scheduled.set(false);
        try {
            store.save(current.get());
        } catch (RuntimeException e) {
            log.error("could not save the Telegram offset: {}", e.getMessage());
        }
    }

    /** Stops the background writer and writes the current state one last time. */
    public void closeWithFinalSave() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write();
    }
}
