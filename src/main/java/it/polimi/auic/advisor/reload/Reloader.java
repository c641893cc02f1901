package it.polimi.auic.advisor.reload;

import it.polimi.auic.advisor.chat.Snapshot;
import it.polimi.auic.advisor.config.ConfigException;
import it.polimi.auic.advisor.knowledge.KnowledgeException;
import it.polimi.auic.advisor.knowledge.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new {@link Snapshot} from the folders, away from the messages being answered, and swaps it in
 * at once when it is valid. Messages already being answered finish on the snapshot they started with; a
 * broken edit never replaces the version in service, and one that removes a lot ({@link LargeRemoval})
 * waits for {@link #confirm()}.
 */
public final class Reloader {

    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);

    private final AtomicReference<Snapshot> current;
    private final Supplier<Snapshot> builder;
    private final Object lock = new Object();
    /** The version an admin has been asked to confirm; null when none. Guarded by {@link #lock}. */
    private Snapshot held;

    /**
     * @param current the snapshot in service, read by every message
     * @param builder reads and validates the folders; throws {@link KnowledgeException} or
     *                {@link ConfigException} for a broken edit
     */
    public Reloader(AtomicReference<Snapshot> current, Supplier<Snapshot> builder) {
        this.current = current;
        this.builder = builder;
    }

    /** Reads the folders now; one reload at a time. A new edit replaces one held back before it. */
    public ReloadOutcome reload() {
        synchronized (lock) {
            held = null;
            Snapshot next;
            try {
                next = builder.get();
            } catch (KnowledgeException e) {
                List<String> problems = e.problems().stream().map(Problem::toString).toList();
                problems.forEach(p -> LOG.warn("knowledge edit refused: {}", p));
                return new ReloadOutcome.Refused(problems);
            } catch (ConfigException e) {
                LOG.warn("config edit refused: {}", e.getMessage());
                return new ReloadOutcome.Refused(List.of(e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("reload failed unexpectedly; still serving the previous version", e);
                return new ReloadOutcome.Refused(List.of("unexpected error: " + e));
            }
            Optional<LargeRemoval> removal = LargeRemoval.between(current.get().knowledge(), next.knowledge());
            if (removal.isPresent()) {
                held = next;
                ReloadOutcome outcome = new ReloadOutcome.Held(removal.get());
                LOG.warn("{}", outcome.describe());
                return outcome;
            }
            return swapIn(next);
        }
    }

    /** Serves the edit held back by the last reload, as it was described; says so when there is none. */
    public ReloadOutcome confirm() {
        synchronized (lock) {
            if (held == null) {
                return new ReloadOutcome.NothingHeld();
            }
            Snapshot next = held;
            held = null;
            return swapIn(next);
        }
    }

    private ReloadOutcome swapIn(Snapshot next) {
        Snapshot previous = current.getAndSet(next);
        KnowledgeDiff diff = KnowledgeDiff.between(previous.knowledge(), next.knowledge());
        boolean configChanged = !previous.config().equals(next.config());
        Set<String> known = previous.knowledge().warnings().stream().map(Problem::toString).collect(Collectors.toSet());
        List<Problem> newWarnings = next.knowledge().warnings().stream().filter(w -> !known.contains(w.toString()))
                .toList();
        ReloadOutcome outcome = new ReloadOutcome.Reloaded(diff, configChanged, newWarnings);
        LOG.info("{}", outcome.describe());
        return outcome;
    }
}
