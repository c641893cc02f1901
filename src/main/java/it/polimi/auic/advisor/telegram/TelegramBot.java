package it.polimi.auic.advisor.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.Block;
import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.StaffDesk;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.format.MessageSplitter;
import it.polimi.auic.advisor.telegram.handover.StaffChatHandover;
import it.polimi.auic.advisor.telegram.offset.OffsetSaver;
import it.polimi.auic.advisor.telegram.offset.OffsetStore;
import it.polimi.auic.advisor.telegram.offset.OffsetTracker;
import it.polimi.auic.advisor.telegram.receive.BotIdentity;
import it.polimi.auic.advisor.telegram.receive.ChatSerialExecutor;
import it.polimi.auic.advisor.telegram.receive.FloodGuard;
import it.polimi.auic.advisor.telegram.receive.InboundProcessor;
import it.polimi.auic.advisor.telegram.receive.LatencyProbe;
import it.polimi.auic.advisor.telegram.receive.PollingBackOff;
import it.polimi.auic.advisor.telegram.receive.StaffChat;
import it.polimi.auic.advisor.telegram.receive.UpdateDispatcher;
import it.polimi.auic.advisor.telegram.receive.UpdateRequests;
import it.polimi.auic.advisor.telegram.receive.UpdateTranslator;
import it.polimi.auic.advisor.telegram.send.OutgoingQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The running bot: long polling in, the chat core in the middle, the paced outgoing queue out, and an orderly stop
 * (no new updates, replies in flight drained, offset saved, every thread ended) so the JVM exits promptly.
 */
final class TelegramBot {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    /** Expired hand-over links are deleted at start and this often: a day's precision on a fortnight is plenty. */
    private static final Duration HANDOVER_PURGE_PERIOD = Duration.ofHours(1);

    private final BotSettings settings;
    private final Ticker ticker;
    private final ObjectMapper json = new ObjectMapper();
    private final Thread warmup;
    private final HttpClients http;
    private final TelegramBotApi api;
    private final OffsetTracker tracker;
    private final OffsetSaver saver;
    private final OutgoingQueue outgoing;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final ScheduledExecutorService poller;
    private final UpdateDispatcher dispatcher;
    private final MessageSplitter splitter = new MessageSplitter();
    private final StartupRetry startup;
    private final Optional<StaffChatHandover> handover;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile BotIdentity identity = BotIdentity.UNKNOWN;
    private TelegramBotsLongPollingApplication application;
    private boolean stopping;

    /**
     * @param ticker where the pacing, the flood guard and the typing delay read the time: the system's in
     *               production; tests may pass their own
     */
    TelegramBot(BotSettings settings, ChatHandler handler, LatencyProbe probe, Ticker ticker) {
        this(settings, handler, probe, ticker, Clock.systemUTC(), Optional.empty());
    }

    /**
     * @param clock where the age of the saved offset and of the hand-over links is read (wall time, as it must
     *              hold across restarts)
     * @param staff the hand-over to the School's staff, when a staff chat is configured
     */
    TelegramBot(BotSettings settings, ChatHandler handler, LatencyProbe probe, Ticker ticker, Clock clock,
                Optional<StaffChatSetup> staff) {
        this.settings = settings;
        this.ticker = ticker;
        this.http = new HttpClients(settings.longPollSeconds());
        this.api = new TelegramBotApi(new OkHttpTelegramClient(json, http.sending(), settings.token(), settings.apiUrl()));
        this.warmup = new Thread(() -> JacksonWarmup.run(json), "tg-warmup");
        warmup.setDaemon(true);
        OffsetStore store = new OffsetStore(settings.dataDir(), settings.botId());
        this.tracker = new OffsetTracker(store.load(), clock, this::offsetChanged);
        this.saver = new OffsetSaver(store, tracker::state, Threads.daemon("tg-offset"));
        this.timer = Executors.newScheduledThreadPool(1, Threads.daemon("tg-timer"));
        this.poller = Executors.newSingleThreadScheduledExecutor(Threads.daemon("tg-poller"));
        this.workers = Executors.newFixedThreadPool(settings.workers(), Threads.daemon("tg-chat"));
        this.outgoing = new OutgoingQueue(api, settings.pacing(), settings.retry(), ticker, timer);
        this.handover = staff.map(setup -> new StaffChatHandover(setup.chatId(), setup.keptFor(), settings.dataDir(),
                setup.relay(), outgoing, clock, ticker));
        handover.ifPresent(links -> links.purgeEvery(HANDOVER_PURGE_PERIOD, timer));
        StaffChat staffChat = handover.map(StaffChatHandover::chat).orElse(StaffChat.NONE);
        InboundProcessor processor = new InboundProcessor(handler, outgoing, new FloodGuard(settings.flood(), ticker),
                tracker, timer, settings.typingAfter(), probe, ticker);
        this.dispatcher = new UpdateDispatcher(tracker, new UpdateTranslator(() -> identity),
                new ChatSerialExecutor(workers), processor, probe, ticker, staffChat);
        this.startup = new StartupRetry(settings.retry());
    }

    /**
     * Connects: learns the bot's name, publishes the command menu, and starts polling. Network faults and server
     * errors are retried until they pass or {@link #stop} is called; a token Telegram refuses is fatal.
     */
    void start() throws InterruptedException {
        warmup.start();
        identity = startup.identify(api);
        if (isStopping()) {
            return;
        }
        log.info("bot {} on {}", identity.knowsUsername() ? "@" + identity.username() : "(name unknown)",
                ApiUrl.describe(settings.apiUrl()));
        handover.ifPresent(staff -> log.info("{}", staff.describe()));
        startup.publishCommands(api);
        warmup.join();
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(() -> json,
                http::polling, () -> poller, () -> new PollingBackOff(settings.retry()));
        UpdateRequests requests = new UpdateRequests(tracker, settings.longPollSeconds(), settings.pollInterval());
        synchronized (this) {
            if (stopping) {
                return;
            }
            application = app;
        }
        startup.register(() -> app.registerBot(settings.token(), settings::apiUrl, requests, dispatcher),
                () -> forgetFailedSession(app));
        log.info("polling for updates from update {} on", tracker.watermark() + 1);
    }

    /** Where the chat core hands questions to the staff: the staff chat when configured, otherwise nobody. */
    StaffDesk staffDesk() {
        return handover.map(StaffChatHandover::desk).orElse(StaffDesk.NONE);
    }

    /** Sends a notice privately to each admin (by Telegram user id); not tied to any update. */
    void notifyAdmins(java.util.Collection<Long> admins, String text) {
        for (long admin : admins) {
            outgoing.send(admin, splitter.split(List.of(new Block.Text(text))), List.of(), null);
        }
    }

    /**
     * Stops polling, waits (at most the drain time) for every update taken to be answered, saves the offset and
     * ends every thread the bot started. Safe to call more than once and from a shutdown hook.
     */
    void stop() {
        synchronized (this) {
            if (stopping) {
                awaitStoppedQuietly();
                return;
            }
            stopping = true;
        }
        startup.cancel();
        try {
            dispatcher.stop();
            stopPolling();
            drain();
        } finally {
            outgoing.close();
            workers.shutdownNow();
            timer.shutdownNow();
            saver.closeWithFinalSave();
            http.close();
            log.info("stopped; last update answered: {}", tracker.watermark());
            stopped.countDown();
        }
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    private void stopPolling() {
        TelegramBotsLongPollingApplication app;
        synchronized (this) {
            app = application;
        }
        // The library logs a cancelled long poll as an error with a stack trace; at a stop it is expected.
        ch.qos.logback.classic.Logger session = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(BotSession.class);
        ch.qos.logback.classic.Level level = session.getLevel();
        session.setLevel(ch.qos.logback.classic.Level.OFF);
        try {
            if (app != null) {
                unregisterQuietly(app);
            }
            http.cancelPolling();
            poller.shutdownNow();
            poller.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.setLevel(level);
        }
    }

    private void drain() {
        long deadline = ticker.read() + settings.drain().toNanos();
        int inFlight = tracker.inFlightCount();
        log.info("stopping: {} updates in flight, waiting up to {} s for their replies", inFlight, settings.drain().toSeconds());
        try {
            boolean answered = tracker.awaitAllDone(TimeUnit.NANOSECONDS.toMillis(deadline - ticker.read()));
            boolean sent = outgoing.awaitEmpty(java.time.Duration.ofNanos(Math.max(0, deadline - ticker.read())));
            if (!answered || !sent) {
                log.warn("stopping with {} updates unanswered; Telegram keeps them for the next start", tracker.inFlightCount());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offsetChanged() {
        saver.requestSave();
    }

    private void awaitStoppedQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A session whose deleteWebhook failed stays registered; it must go before the next try. */
    private void forgetFailedSession(TelegramBotsLongPollingApplication app) {
        try {
            app.unregisterBot(settings.token());
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("unregistering a failed session: {}", Redactor.redact(String.valueOf(e.getMessage())));
        }
    }

    private void unregisterQuietly(TelegramBotsLongPollingApplication app) {
        try {
            app.close();
        } catch (Exception e) {
            log.debug("closing the polling application: {}", Redactor.redact(String.valueOf(e.getMessage())));
        }
    }

    /** Thrown when Telegram refuses the bot for good (a bad token); the command exits with it. */
    static final class StartException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartException(String message) {
            super(message);
        }
    }

    /** For {@link StartupRetry#register}: a registration that may fail. */
    interface Registration {
        void run() throws TelegramApiException;
    }
}
