package it.polimi.auic.advisor.telegram;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the tracker's state off the caller's thread, coalescing: under a burst, many changes become one write of
 * the state as it is when the write starts (never an older one). {@link #closeWithFinalSave} writes it once more.
 */
final class OffsetSaver {

    private static final Logger log = LoggerFactory.getLogger(OffsetSaver.class);

    private final OffsetStore store;
    private final Supplier<OffsetTracker.State> current;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Threads.daemon("tg-offset"));

    OffsetSaver(OffsetStore store, Supplier<OffsetTracker.State> current) {
        this.store = store;
        this.current = current;
    }

    void requestSave() {
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
    void closeWithFinalSave() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write();
    }
}
