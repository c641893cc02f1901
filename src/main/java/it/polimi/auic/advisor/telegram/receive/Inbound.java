package it.polimi.auic.advisor.telegram.receive;

import it.polimi.auic.advisor.chat.ChatRequest;
import it.polimi.auic.advisor.language.Language;

/**
 * One update the bot will answer, already out of Telegram's types.
 *
 * @param updateId        Telegram's update_id, for de-duplication and the offset
 * @param chatId          where the answer goes
 * @param userId          who wrote or pressed; null when Telegram does not say (anonymous group admins)
 * @param text            the message text without the bot's @mention, or the pressed button's callback data;
 *                        null for a message that has no text (a photo, a sticker)
 * @param language        the language of the bot's own wording, from the user's Telegram language
 * @param callbackQueryId the button press to acknowledge; null for a typed message
 */
public record Inbound(long updateId, long chatId, String userId, String text, Language language, String callbackQueryId) {

    boolean isButtonPress() {
        return callbackQueryId != null;
    }

    boolean hasText() {
        return text != null;
    }

    ChatRequest toRequest() {
        return new ChatRequest(Long.toString(chatId), userId, text, language, isButtonPress());
    }
}
