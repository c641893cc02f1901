package it.polimi.auic.advisor.chat;

import java.util.Optional;
import java.util.function.Supplier;

/** /about for everyone, and the commands only the staff listed as admins in config may use. */
final class StaffCommands {

    private final Supplier<Snapshot> snapshots;
    private final AdminActions admin;

    StaffCommands(Supplier<Snapshot> snapshots, AdminActions admin) {
        this.snapshots = snapshots;
        this.admin = admin;
    }

    /** The reply to {@code command}, or empty when it is not one of these. */
    Optional<ChatReply> handle(ChatRequest request, ChatCommand command) {
        switch (command.name()) {
            case "about":
                return Optional.of(Welcome.about(snapshots.get(), request.language()));
            case "reload":
                return Optional.of(isAdmin(request) ? ChatReply.text(admin.reload())
                        : ChatReply.text(Texts.notAdmin(request.language())));
            case "unanswered":
                return Optional.of(isAdmin(request) ? ChatReply.text(admin.unansweredReport())
                        : ChatReply.text(Texts.notAdmin(request.language())));
            default:
                return Optional.empty();
        }
    }

    private boolean isAdmin(ChatRequest request) {
        if (request.userId() == null) {
            return false;
        }
        try {
            return snapshots.get().config().general().adminIds().contains(Long.parseLong(request.userId()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
