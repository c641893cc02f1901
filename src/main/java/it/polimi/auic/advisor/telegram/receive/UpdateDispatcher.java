package it.polimi.auic.advisor.telegram.receive;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.offset.OffsetTracker;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What the library's poller thread calls with each batch of updates. It only hands them over: drops duplicates
 * (by update_id), translates, and queues each on its chat's line; the work runs elsewhere. Updates from the staff
 * chat never reach the chat core: a staff reply to a posted question is relayed on the student's chat line, and
 * anything else there is done with at once. It never throws, since the library stops polling, silently, the first
 * time its consumer does.
 */
public final class UpdateDispatcher implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final OffsetTracker tracker;
    private final UpdateTranslator translator;
    private final ChatSerialExecutor chats;
    private final InboundProcessor processor;
    private final LatencyProbe probe;
    private final Ticker ticker;
    private final StaffChat staffChat;
    private volatile boolean stopped;

    public UpdateDispatcher(OffsetTracker tracker, UpdateTranslator translator, ChatSerialExecutor chats,
                     InboundProcessor processor, LatencyProbe probe, Ticker ticker, StaffChat staffChat) {
        this.staffChat = staffChat;
        this.tracker = tracker;
        this.translator = translator;
        this.chats = chats;
        this.processor = processor;
        this.probe = probe;
        this.ticker = ticker;
    }

    /** From now on updates are left with Telegram, unconfirmed, for the next start to take. */
    public void stop() {
        stopped = true;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            if (stopped) {
                return;
            }
            try {
                dispatch(update);
            } catch (RuntimeException | Error e) {
                log.error("update {} could not be dispatched: {}", update.getUpdateId(), Redactor.describe(e));
            }
        }
    }

    private void dispatch(Update update) {
        long now = ticker.read();
        if (update.getUpdateId() == null || !tracker.take(update.getUpdateId(), now)) {
            return;
        }
        if (isInStaffChat(update)) {
            relayFromStaff(update);
            return;
        }
        Optional<Inbound> inbound;
        try {
            inbound = translator.translate(update);
        } catch (RuntimeException e) {
            log.warn("update {} could not be read; ignored: {}", update.getUpdateId(), Redactor.describe(e));
            inbound = Optional.empty();
        }
        if (inbound.isEmpty()) {
            tracker.done(update.getUpdateId());
            return;
        }
        Inbound in = inbound.get();
        probe.received(in, now);
        chats.submit(in.chatId(), () -> processor.process(in));
    }

    private boolean isInStaffChat(Update update) {
        Message message = update.getMessage() != null ? update.getMessage()
                : update.getCallbackQuery() != null && update.getCallbackQuery().getMessage() instanceof Message shown
                        ? shown : null;
        return message != null && message.getChatId() != null && staffChat.isStaffChat(message.getChatId());
    }

    private void relayFromStaff(Update update) {
        long updateId = update.getUpdateId();
        Optional<StaffChat.Relay> relay = update.getMessage() == null ? Optional.empty()
                : staffChat.relayFor(update.getMessage());
        if (relay.isEmpty()) {
            tracker.done(updateId);
            return;
        }
        chats.submit(relay.get().studentChatId(), () -> {
            try {
                // Done once the student's chat has it: a restart before that relays it again rather than lose it.
                relay.get().send().get().whenComplete((ignored, error) -> {
                    if (error == null) {
                        tracker.done(updateId);
                    }
                });
            } catch (RuntimeException e) {
                log.error("a staff reply (update {}) could not be relayed: {}", updateId, Redactor.describe(e));
                tracker.done(updateId);
            }
        });
    }
}
