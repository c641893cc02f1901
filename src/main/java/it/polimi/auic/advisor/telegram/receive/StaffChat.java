package it.polimi.auic.advisor.telegram.receive;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The chat where the School's staff answer the questions students handed to them, as the dispatcher sees it.
 * Nothing said there is ever for the chat core: the staff's replies to the questions the bot posted are relayed
 * to the students, and everything else is left alone (not answered, not logged as unanswered).
 */
public interface StaffChat {

    /** No staff chat configured: every chat is a students' chat. */
    StaffChat NONE = new StaffChat() {
        @Override
        public boolean isStaffChat(long chatId) {
            return false;
        }

        @Override
        public Optional<Relay> relayFor(Message message) {
            return Optional.empty();
        }
    };

    /**
     * A staff reply on its way to a student.
     *
     * @param studentChatId the chat it goes to: the relay runs in that chat's order, after what the student sent before
     * @param send          relays it; the future completes when the student's chat got it (or it was given up)
     */
    record Relay(long studentChatId, Supplier<CompletableFuture<Void>> send) {
    }

    boolean isStaffChat(long chatId);

    /** The relay of {@code message}, a message in the staff chat, when it replies to a question the bot posted there. */
    Optional<Relay> relayFor(Message message);
}
