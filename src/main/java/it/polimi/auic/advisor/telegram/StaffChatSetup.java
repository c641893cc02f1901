package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.config.GeneralSettings;
import it.polimi.auic.advisor.telegram.handover.StaffAnswerRelay;
import java.time.Duration;
import java.util.Optional;

/**
 * The hand-over to the School's staff, as {@code config/advisor.json} sets it: the staff chat, how long a question's
 * link to the student is kept, and how a staff answer becomes the student's message. Read at start: a bot picks up
 * a changed {@code staffChat} when restarted.
 *
 * @param chatId  the staff chat's Telegram id
 * @param keptFor {@code handoverDays}
 * @param relay   {@code ChatCore::relayStaffAnswer}
 */
record StaffChatSetup(long chatId, Duration keptFor, StaffAnswerRelay relay) {

    /** The setup of {@code settings}; empty when no staff chat is configured. */
    static Optional<StaffChatSetup> of(GeneralSettings settings, StaffAnswerRelay relay) {
        return settings.staffChatId().isPresent()
                ? Optional.of(new StaffChatSetup(settings.staffChatId().getAsLong(), settings.handoverKept(), relay))
                : Optional.empty();
    }
}
