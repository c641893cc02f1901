package it.polimi.auic.advisor.telegram.handover;

import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.language.LanguageDetector;
import it.polimi.auic.advisor.telegram.format.MessageSplitter;
import it.polimi.auic.advisor.telegram.receive.StaffChat;
import it.polimi.auic.advisor.telegram.send.OutgoingQueue;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The staff chat's side of the hand-over: a reply to one of the questions the bot posted there is relayed to the
 * student who asked, through the outgoing queue; every reply to it does, the first one also deleting the link
 * from disk. Any other message in the staff chat is none of the bot's business.
 */
final class StaffReplies implements StaffChat {

    private final long staffChat;
    private final HandoverLinks links;
    private final StaffAnswerRelay relay;
    private final OutgoingQueue outgoing;
    private final MessageSplitter splitter = new MessageSplitter();

    StaffReplies(long staffChat, HandoverLinks links, StaffAnswerRelay relay, OutgoingQueue outgoing) {
        this.staffChat = staffChat;
        this.links = links;
        this.relay = relay;
        this.outgoing = outgoing;
    }

    @Override
    public boolean isStaffChat(long chatId) {
        return chatId == staffChat;
    }

    @Override
    public Optional<Relay> relayFor(Message message) {
        Message question = message.getReplyToMessage();
        String answer = message.getText() != null ? message.getText() : message.getCaption();
        if (question == null || question.getMessageId() == null || answer == null || answer.isBlank()
                || isFromAnotherBot(message)) {
            return Optional.empty();
        }
        return links.find(question.getMessageId())
                .map(link -> new Relay(link.chatId(), () -> relay(link, answer.strip())));
    }

    private CompletableFuture<Void> relay(HandoverRecord link, String answer) {
        // The chat's own language wins in the core when the conversation is still known; after a restart the
        // question's words tell, since nothing else of the student's is kept.
        Language language = LanguageDetector.standard().guess(link.question()).or(Language.EN);
        ChatReply reply = relay.relay(Long.toString(link.chatId()), link.question(), answer, language);
        links.relaying(link);
        return outgoing.send(link.chatId(), splitter.split(reply.blocks()), reply.keyboard(), null)
                .thenRun(() -> links.relayed(link));
    }

    /**
     * Another bot's message is not a staff answer. An anonymous group admin writes as Telegram's
     * GroupAnonymousBot, on behalf of the staff chat itself: that is a staff member.
     */
    private boolean isFromAnotherBot(Message message) {
        User from = message.getFrom();
        boolean bot = from != null && Boolean.TRUE.equals(from.getIsBot());
        boolean onBehalfOfStaffChat = message.getSenderChat() != null
                && Long.valueOf(staffChat).equals(message.getSenderChat().getId());
        return bot && !onBehalfOfStaffChat;
    }
}
