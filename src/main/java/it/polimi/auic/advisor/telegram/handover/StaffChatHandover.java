package it.polimi.auic.advisor.telegram.handover;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.StaffDesk;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.receive.StaffChat;
import it.polimi.auic.advisor.telegram.send.OutgoingQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-over to the staff on Telegram, set up for one staff chat: the desk the chat core sends questions to, the
 * staff chat the dispatcher routes replies through, and the clean-up of expired links (at start, and whenever
 * {@link #purge} is called: the bot calls it periodically).
 */
public final class StaffChatHandover {

    private static final Logger log = LoggerFactory.getLogger(StaffChatHandover.class);

    private final long staffChat;
    private final HandoverLinks links;
    private final TelegramStaffDesk desk;
    private final StaffReplies replies;

    /**
     * @param staffChat the staff chat's Telegram id
     * @param keptFor   how long a link waits for the first reply ({@code handoverDays})
     * @param dataDir   where the links are kept, under {@code handover/}
     * @param clock     when questions are sent and links expire
     * @param ticker    how the links kept in memory after the first reply age
     */
    public StaffChatHandover(long staffChat, Duration keptFor, Path dataDir, StaffAnswerRelay relay, OutgoingQueue outgoing,
                         Clock clock, Ticker ticker) {
        this.staffChat = staffChat;
        this.links = new HandoverLinks(new HandoverStore(dataDir), keptFor, clock, ticker);
        this.desk = new TelegramStaffDesk(staffChat, links, outgoing);
        this.replies = new StaffReplies(staffChat, links, relay, outgoing);
    }

    public StaffDesk desk() {
        return desk;
    }

    public StaffChat chat() {
        return replies;
    }

    /** For the start-up log: where questions go and for how long their links are kept (neither is personal). */
    public String describe() {
        return "questions for the School's staff go to chat " + staffChat + "; " + links.waiting().size()
                + " waiting; a link is kept at most " + links.keptFor().toDays() + " days";
    }

    /** Purges on {@code timer} every {@code period}, for as long as the timer runs. */
    public void purgeEvery(Duration period, ScheduledExecutorService timer) {
        timer.scheduleAtFixedRate(() -> {
            try {
                purge();
            } catch (RuntimeException e) {
                log.error("expired hand-over links could not be deleted: {}", Redactor.describe(e));
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Deletes the links older than {@code keptFor}. */
    public void purge() {
        links.purge();
    }
}
