package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import java.util.Objects;

/**
 * One message from a user to the advisor, as every adapter (Telegram, console, CLI) hands it over.
 *
 * @param chatId   the conversation the reply belongs to; conversation state is keyed by it
 * @param userId   who wrote it, used only to recognise admins; {@code null} when unknown (console, CLI)
 * @param text     what the user typed, or the action of the button they pressed
 * @param language the client's language (Telegram's language code, the terminal's locale): the language of
 *                 the reply when neither the message nor the conversation tells another
 * @param pressed  whether {@code text} is a button's action rather than typed words: it then says nothing of the
 *                 student's language ("yes" under an Italian question)
 */
public record ChatRequest(String chatId, String userId, String text, Language language, boolean pressed) {

    public ChatRequest {
        Objects.requireNonNull(chatId, "chatId");
        text = text == null ? "" : text;
        language = language == null ? Language.EN : language;
    }

    public ChatRequest(String chatId, String userId, String text, Language language) {
        this(chatId, userId, text, language, false);
    }

    public static ChatRequest of(String chatId, String text) {
        return new ChatRequest(chatId, null, text, Language.EN);
    }
}
