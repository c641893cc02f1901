package it.polimi.auic.advisor.chat;

import java.util.Objects;

/**
 * One message from a user to the advisor, as every adapter (Telegram, console, CLI) hands it over.
 *
 * @param chatId   the conversation the reply belongs to; conversation state is keyed by it
 * @param userId   who wrote it, used only to recognise admins; {@code null} when unknown (console, CLI)
 * @param text     what the user typed, or the action of the button they pressed
 * @param language the language of the advisor's own wording in the reply
 */
public record ChatRequest(String chatId, String userId, String text, Language language) {

    public ChatRequest {
        Objects.requireNonNull(chatId, "chatId");
        text = text == null ? "" : text;
        language = language == null ? Language.EN : language;
    }

    public static ChatRequest of(String chatId, String text) {
        return new ChatRequest(chatId, null, text, Language.EN);
    }
}
