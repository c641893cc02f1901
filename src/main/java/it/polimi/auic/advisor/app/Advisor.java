package it.polimi.auic.advisor.app;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.AdminActions;
import it.polimi.auic.advisor.chat.ChatCore;
import it.polimi.auic.advisor.chat.ConversationStore;
import it.polimi.auic.advisor.chat.FeedbackSink;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.chat.Snapshot;
import it.polimi.auic.advisor.chat.StaffDesk;
import it.polimi.auic.advisor.chat.flow.CalculatorFlows;
import it.polimi.auic.advisor.config.AdvisorConfig;
import it.polimi.auic.advisor.feedback.FeedbackLog;
import it.polimi.auic.advisor.feedback.FeedbackSettings;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import it.polimi.auic.advisor.reload.FolderWatcher;
import it.polimi.auic.advisor.reload.ReloadOutcome;
import it.polimi.auic.advisor.reload.Reloader;
import it.polimi.auic.advisor.search.RegulationSearch;
import it.polimi.auic.advisor.search.SearchIndex;
import it.polimi.auic.advisor.search.SearchTuning;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisor's core, assembled from {@code knowledge/} and {@code config/}: what every adapter (Telegram,
 * console, CLI) talks to. Holds the current {@link Snapshot}; a valid edit replaces it atomically.
 *
 * <p>{@link #load} is for one-shot commands: nothing is written, nothing watched. {@link #serve} is for the
 * bot and the console: questions it could not answer and ratings go to the feedback log, and edits of the
 * folders are picked up while it runs (broken ones refused, with a notice to the admins).
 */
public final class Advisor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Advisor.class);
    /** How often the folders are checked for edits; an edit is served about two looks and a rebuild later. */
    private static final long WATCH_PERIOD_MILLIS = 400;
    private static final int UNANSWERED_GROUPS_SHOWN = 10;

    private final AtomicReference<Snapshot> current;
    private final AttachableStaffDesk staffDesk = new AttachableStaffDesk();
    private final Reloader reloader;
    private final ChatCore chat;
    private final FeedbackLog feedbackLog;
    private final List<Consumer<ReloadOutcome>> reloadListeners = new CopyOnWriteArrayList<>();
    private volatile FolderWatcher watcher;
    /** Whether the last reload after an edit was refused or held back; only the watcher's thread writes it. */
    private volatile boolean lastTroubled;

    private Advisor(Snapshot initial, Path knowledgeDir, Path configDir, FeedbackLog feedbackLog, Clock clock,
                    Ticker ticker) {
        this.current = new AtomicReference<>(initial);
        this.reloader = new Reloader(current, () -> snapshot(knowledgeDir, configDir));
        this.feedbackLog = feedbackLog;
        CalculatorFlows flows = new CalculatorFlows(() -> current.get().config().calculators(), clock);
        ConversationStore conversations = new ConversationStore(
                Duration.ofMinutes(current.get().config().general().conversationIdleMinutes()), ticker);
        FeedbackSink feedback = feedbackLog == null ? FeedbackSink.NONE : new LoggedFeedback(feedbackLog);
        this.chat = new ChatCore(current::get, flows, conversations, feedback, new Admin(), staffDesk);
    }

    /** Loads and validates both folders for a one-shot command; throws naming the file (and line or key) at fault. */
    public static Advisor load(Path knowledgeDir, Path configDir) {
        return new Advisor(snapshot(knowledgeDir, configDir), knowledgeDir, configDir, null, Clock.systemDefaultZone(),
                Ticker.systemTicker());
    }

    /** Loads both folders for a long-running adapter: feedback log on, edits picked up while running. */
    public static Advisor serve(Path knowledgeDir, Path configDir) {
        Snapshot initial = snapshot(knowledgeDir, configDir);
        FeedbackLog log = FeedbackLog.open(initial.config().general().dataPath(), FeedbackSettings.load(configDir),
                Clock.systemUTC());
        Advisor advisor = new Advisor(initial, knowledgeDir, configDir, log, Clock.systemDefaultZone(),
                Ticker.systemTicker());
        advisor.watcher = FolderWatcher.start(List.of(knowledgeDir, configDir), WATCH_PERIOD_MILLIS,
                advisor::reloadAfterEdit);
        return advisor;
    }

    /**
     * Reads both folders into a searchable snapshot, without touching the one in service. The settings are
     * read while the knowledge is indexed: both are mostly start-up work of their libraries (Jackson, Lucene),
     * and running them side by side takes a good part off the time to the first answer.
     */
    public static Snapshot snapshot(Path knowledgeDir, Path configDir) {
        CompletableFuture<AdvisorConfig> config = CompletableFuture.supplyAsync(() -> AdvisorConfig.load(configDir));
        RegulationSearch search;
        try {
            search = new RegulationSearch(SearchIndex.build(KnowledgeLoader.load(knowledgeDir, CalculatorSections.ALL)), SearchTuning.DEFAULT);
        } finally {
            awaitQuietly(config);
        }
        return new Snapshot(search, join(config));
    }

    private static void awaitQuietly(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException | CancellationException e) {
            // reported by join(config) when the knowledge loaded; otherwise the knowledge problem is reported
        }
    }

    /** The result, or the exception the loading threw (a ConfigException naming file and key), unwrapped. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Lets the chat core hand questions to the School's staff through {@code desk} (the Telegram bot, when a
     * staff chat is configured); without it the "Ask the School's staff" button is not offered.
     */
    public void attachStaffDesk(StaffDesk desk) {
        staffDesk.attach(desk);
    }

    public ChatCore chat() {
        return chat;
    }

    public AdvisorConfig config() {
        return current.get().config();
    }

    public Snapshot snapshot() {
        return current.get();
    }

    /** Reads the folders now, as an admin's /reload does. */
    public ReloadOutcome reload() {
        return reloader.reload();
    }

    /** Serves the edit held back because it removes a lot, as an admin's /reload confirm does. */
    public ReloadOutcome confirmReload() {
        return reloader.confirm();
    }

    /**
     * Registers who hears of the reloads that follow an edit (the Telegram adapter tells the admins, the
     * console its user): every one that changed something, was refused or was held back.
     */
    public void onReload(Consumer<ReloadOutcome> listener) {
        reloadListeners.add(listener);
    }

    private void reloadAfterEdit() {
        ReloadOutcome outcome = reloader.reload();
        // After a refused or held edit, even "nothing changed" is news: the trouble is over.
        boolean troubleBefore = lastTroubled;
        lastTroubled = !(outcome instanceof ReloadOutcome.Reloaded);
        if (!outcome.worthTelling() && !troubleBefore) {
            return;
        }
        for (Consumer<ReloadOutcome> listener : reloadListeners) {
            try {
                listener.accept(outcome);
            } catch (RuntimeException e) {
                LOG.warn("could not pass on the outcome of a reload: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        FolderWatcher running = watcher;
        if (running != null) {
            running.close();
        }
        if (feedbackLog != null) {
            feedbackLog.close();
        }
    }

    /** What admins can do from the chat. */
    private final class Admin implements AdminActions {

        @Override
        public String reload() {
            return reloader.reload().describe();
        }

        @Override
        public String confirmReload() {
            return reloader.confirm().describe();
        }

        @Override
        public String unansweredReport() {
            return feedbackLog == null ? AdminActions.NONE.unansweredReport()
                    : feedbackLog.summary(UNANSWERED_GROUPS_SHOWN, Language.EN);
        }
    }
}
