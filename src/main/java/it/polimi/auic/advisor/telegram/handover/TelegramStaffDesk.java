package it.polimi.auic.advisor.telegram.handover;

import it.polimi.auic.advisor.chat.StaffDesk;
import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.send.OutgoingQueue;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The School's staff, reached in the staff chat: a student's question is posted there (its text only) through the
 * outgoing queue, paced and retried like any message, after its link back to the student was written to disk.
 */
final class TelegramStaffDesk implements StaffDesk {

    private static final Logger log = LoggerFactory.getLogger(TelegramStaffDesk.class);
    /**
     * How long the student's chat waits to hear that the question went out. A post still queued after that (Telegram
     * asked to slow down) goes when it may and is linked then: the student is told it was sent.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final long staffChat;
    private final HandoverLinks links;
    private final OutgoingQueue outgoing;

    TelegramStaffDesk(long staffChat, HandoverLinks links, OutgoingQueue outgoing) {
        this.staffChat = staffChat;
        this.links = links;
        this.outgoing = outgoing;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Duration keptFor() {
        return links.keptFor();
    }

    @Override
    public boolean send(String chatId, String question) {
        long studentChat;
        try {
            studentChat = Long.parseLong(chatId);
        } catch (NumberFormatException e) {
            return false; // not a Telegram chat: nothing this desk can answer to
        }
        HandoverRecord reserved;
        try {
            reserved = links.reserve(studentChat, question);
        } catch (RuntimeException e) {
            log.error("a question for the staff was not sent: its link could not be written: {}", Redactor.describe(e));
            return false;
        }
        CompletableFuture<Boolean> linked = outgoing.post(staffChat, StaffPost.of(question))
                .handle((messageId, error) -> link(reserved, messageId, error));
        try {
            return linked.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("the question {} for the staff is still queued after {} s; it is linked once posted",
                    reserved.key(), PATIENCE.toSeconds());
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean link(HandoverRecord reserved, OptionalLong messageId, Throwable error) {
        if (error == null && messageId.isPresent()) {
            links.posted(reserved, messageId.getAsLong());
            log.info("question {} posted to the staff chat as message {}", reserved.key(), messageId.getAsLong());
            return true;
        }
        links.abandon(reserved);
        log.warn("question {} could not be posted to the staff chat ({}); its link is deleted", reserved.key(),
                error == null ? "Telegram refused it: is the bot in the staff chat?" : "the bot is stopping");
        return false;
    }

    @Override
    public List<Waiting> waiting() {
        return links.waiting();
    }
}
