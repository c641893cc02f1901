package it.polimi.auic.advisor.reload;

import it.polimi.auic.advisor.chat.Snapshot;
import it.polimi.auic.advisor.config.ConfigException;
import it.polimi.auic.advisor.knowledge.KnowledgeException;
import it.polimi.auic.advisor.knowledge.Problem;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new {@link Snapshot} from the folders, away from the messages being answered, and swaps it in
 * at once when it is valid. Messages already being answered finish on the snapshot they started with; a
 * broken edit never replaces the version in service.
 */
public final class Reloader {

    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);

    private final AtomicReference<Snapshot> current;
    private final Supplier<Snapshot> builder;
    private final Object lock = new Object();

    /**
     * @param current the snapshot in service, read by every message
     * @param builder reads and validates the folders; throws {@link KnowledgeException} or
     *                {@link ConfigException} for a broken edit
     */
    public Reloader(AtomicReference<Snapshot> current, Supplier<Snapshot> builder) {
        this.current = current;
        this.builder = builder;
    }

    /** Reads the folders now; one reload at a time. */
    public ReloadOutcome reload() {
        synchronized (lock) {
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
            Snapshot previous = current.getAndSet(next);
            KnowledgeDiff diff = KnowledgeDiff.between(previous.knowledge(), next.knowledge());
            boolean configChanged = !previous.config().equals(next.config());
            ReloadOutcome outcome = new ReloadOutcome.Reloaded(diff, configChanged);
            LOG.info("{}", outcome.describe());
            return outcome;
        }
    }
}
