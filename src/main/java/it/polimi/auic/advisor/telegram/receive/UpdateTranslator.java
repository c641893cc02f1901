package it.polimi.auic.advisor.telegram.receive;

import it.polimi.auic.advisor.language.Language;
import java.util.Optional;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads a Telegram update into an {@link Inbound}, or nothing when the bot has no business answering it: in groups
 * only commands, @mentions of the bot and replies to its messages are for it; edits, channel posts and other bots'
 * messages never are. The bot's own @mention is taken out of the text the chat core sees.
 */
public final class UpdateTranslator {

    private final Supplier<BotIdentity> identity;

    public UpdateTranslator(Supplier<BotIdentity> identity) {
        this.identity = identity;
    }

    Optional<Inbound> translate(Update update) {
        if (update.getCallbackQuery() != null) {
            return Optional.of(buttonPress(update.getUpdateId(), update.getCallbackQuery()));
        }
        Message message = update.getMessage();
        if (message == null || message.getChat() == null || isFromBot(message.getFrom())) {
            return Optional.empty();
        }
        boolean group = isGroup(message.getChat());
        if (message.getText() == null) {
            // A photo or a sticker: worth a word in a private chat, noise in a group.
            return group ? Optional.empty() : Optional.of(inbound(update.getUpdateId(), message, null));
        }
        if (group && !isAddressedToBot(message)) {
            return Optional.empty();
        }
        return Optional.of(inbound(update.getUpdateId(), message, withoutMention(message.getText())));
    }

    private Inbound buttonPress(long updateId, CallbackQuery query) {
        User from = query.getFrom();
        Long chatId = query.getMessage() != null ? query.getMessage().getChatId() : null;
        if (chatId == null) {
            // A button under a message the bot can no longer see: the user's private chat is the one to answer in.
            chatId = from == null ? 0L : from.getId();
        }
        String data = query.getData() == null ? "" : query.getData();
        return new Inbound(updateId, chatId, userId(from), data, language(from), query.getId());
    }

    private Inbound inbound(long updateId, Message message, String text) {
        User from = message.getFrom();
        return new Inbound(updateId, message.getChatId(), userId(from), text, language(from), null);
    }

    private boolean isAddressedToBot(Message message) {
        String text = message.getText().strip();
        BotIdentity bot = identity.get();
        if (text.startsWith("/")) {
            String command = text.split("\\s", 2)[0];
            int at = command.indexOf('@');
            return at < 0 || bot.isAddressedAs(command.substring(at + 1));
        }
        if (bot.mention().matcher(text).find()) {
            return true;
        }
        Message repliedTo = message.getReplyToMessage();
        return repliedTo != null && repliedTo.getFrom() != null && Boolean.TRUE.equals(repliedTo.getFrom().getIsBot())
                && (bot.id() == 0 || bot.id() == repliedTo.getFrom().getId());
    }

    /** The text without the bot's @mention ("/start@advisor_bot admission" becomes "/start admission"). */
    String withoutMention(String text) {
        String stripped = identity.get().mention().matcher(text).replaceAll("");
        return stripped.equals(text) ? text : stripped.replaceAll("[ \\t]{2,}", " ").strip();
    }

    private static boolean isGroup(Chat chat) {
        if (chat.getType() != null) {
            return !"private".equals(chat.getType());
        }
        return chat.getId() != null && chat.getId() < 0;
    }

    private static boolean isFromBot(User from) {
        return from != null && Boolean.TRUE.equals(from.getIsBot());
    }

    private static String userId(User from) {
        return from == null || from.getId() == null ? null : Long.toString(from.getId());
    }

    private static Language language(User from) {
        return Language.fromCode(from == null ? null : from.getLanguageCode());
    }
}
