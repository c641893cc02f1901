package it.polimi.auic.advisor.app;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.AdminActions;
import it.polimi.auic.advisor.chat.ChatCore;
import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.ConversationStore;
import it.polimi.auic.advisor.chat.FeedbackSink;
import it.polimi.auic.advisor.chat.Snapshot;
import it.polimi.auic.advisor.chat.flow.CalculatorFlows;
import it.polimi.auic.advisor.config.AdvisorConfig;
import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import it.polimi.auic.advisor.search.RegulationSearch;
import it.polimi.auic.advisor.search.SearchIndex;
import it.polimi.auic.advisor.search.SearchTuning;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The advisor's core, assembled from {@code knowledge/} and {@code config/}: what every adapter (Telegram,
 * console, CLI) talks to. Holds the current {@link Snapshot}; a newer one replaces it atomically.
 */
public final class Advisor implements AutoCloseable {

    private final AtomicReference<Snapshot> current;
    private final ChatCore chat;
    private final List<Consumer<String>> adminListeners = new CopyOnWriteArrayList<>();

    private Advisor(Snapshot initial, Clock clock, Ticker ticker, FeedbackSink feedback, AdminActions admin) {
        this.current = new AtomicReference<>(initial);
        CalculatorFlows flows = new CalculatorFlows(() -> current.get().config().calculators(), clock);
        ConversationStore conversations = new ConversationStore(
                Duration.ofMinutes(initial.config().general().conversationIdleMinutes()), ticker);
        this.chat = new ChatCore(current::get, flows, conversations, feedback, admin);
    }

    /** Loads and validates both folders; throws naming the file (and line or key) at fault. */
    public static Advisor load(Path knowledgeDir, Path configDir) {
        return new Advisor(snapshot(knowledgeDir, configDir), Clock.systemDefaultZone(), Ticker.systemTicker(),
                FeedbackSink.NONE, AdminActions.NONE);
    }

    /** Reads both folders into a searchable snapshot, without touching the one in service. */
    public static Snapshot snapshot(Path knowledgeDir, Path configDir) {
        AdvisorConfig config = AdvisorConfig.load(configDir);
        KnowledgeBase knowledge = KnowledgeLoader.load(knowledgeDir);
        return new Snapshot(new RegulationSearch(SearchIndex.build(knowledge), SearchTuning.DEFAULT), config);
    }

    public ChatCore chat() {
        return chat;
    }

    /** The chat core as adapters see it. */
    public ChatHandler chatHandler() {
        return chat;
    }

    public AdvisorConfig config() {
        return current.get().config();
    }

    public Snapshot snapshot() {
        return current.get();
    }

    /** Registers where messages for the admins go (the Telegram adapter sends them privately). */
    public void onAdminNotice(Consumer<String> listener) {
        adminListeners.add(listener);
    }

    @Override
    public void close() {
    }
}
