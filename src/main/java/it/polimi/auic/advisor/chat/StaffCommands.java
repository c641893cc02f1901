package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** /about for everyone, and the commands only the staff listed as admins in config may use. */
final class StaffCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/Rome"));

    private final Supplier<Snapshot> snapshots;
    private final AdminActions admin;
    private final StaffDesk desk;

    StaffCommands(Supplier<Snapshot> snapshots, AdminActions admin, StaffDesk desk) {
        this.snapshots = snapshots;
        this.admin = admin;
        this.desk = desk;
    }

    /** The reply to {@code command}, or empty when it is not one of these. */
    Optional<ChatReply> handle(ChatRequest request, ChatCommand command, Language language) {
        switch (command.name()) {
            case "about":
                return Optional.of(Welcome.about(snapshots.get(), language));
            case "reload":
                if (!isAdmin(request)) {
                    return Optional.of(ChatReply.text(Texts.notAdmin(language)));
                }
                return Optional.of(ChatReply.text(command.argument().equalsIgnoreCase("confirm")
                        ? admin.confirmReload() : admin.reload()));
            case "unanswered":
                return Optional.of(isAdmin(request) ? ChatReply.text(admin.unansweredReport())
                        : ChatReply.text(Texts.notAdmin(language)));
            case "pending":
                return Optional.of(isAdmin(request) ? pending(language) : ChatReply.text(Texts.notAdmin(language)));
            default:
                return Optional.empty();
        }
    }

    /** The questions sent to the staff still waiting for a reply, oldest first, with how long they have waited. */
    private ChatReply pending(Language language) {
        List<StaffDesk.Waiting> waiting = desk.waiting();
        if (waiting.isEmpty()) {
            return ChatReply.text(Texts.noneWaiting(language));
        }
        StringBuilder text = new StringBuilder(Texts.waitingHeading(language, waiting.size()));
        for (StaffDesk.Waiting question : waiting) {
            text.append("\n• ").append(DAY.format(question.postedAt())).append(": ").append(question.question());
        }
        return ChatReply.text(text.toString());
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
