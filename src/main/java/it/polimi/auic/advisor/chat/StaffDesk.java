package it.polimi.auic.advisor.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The School's staff, reachable from the chat when the advisor cannot help. An adapter that can reach them
 * (the Telegram bot, with a staff chat configured) posts a student's question there and relays the staff's
 * replies back through {@link ChatCore#relayStaffAnswer}; only the question's text leaves the chat, and the
 * link to the student's chat is kept no longer than {@link #keptFor()}.
 */
public interface StaffDesk {

    /** No staff reachable (the console, the CLI, a bot without a staff chat): the button is not offered. */
    StaffDesk NONE = new StaffDesk() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Duration keptFor() {
            return Duration.ZERO;
        }

        @Override
        public boolean send(String chatId, String question) {
            return false;
        }

        @Override
        public List<Waiting> waiting() {
            return List.of();
        }
    };

    /** A question posted to the staff and not answered yet. */
    record Waiting(String question, Instant postedAt) {
    }

    /** Whether questions can be sent to the staff. */
    boolean available();

    /** How long the link to a student's chat is kept while their question waits for a reply. */
    Duration keptFor();

    /** Posts {@code question} to the staff on behalf of chat {@code chatId}; false when it could not be posted. */
    boolean send(String chatId, String question);

    /** The questions still waiting for a reply, oldest first. */
    List<Waiting> waiting();
}
