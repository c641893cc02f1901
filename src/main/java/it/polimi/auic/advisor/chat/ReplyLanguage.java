package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.language.LanguageDetector;
import java.util.Optional;

/**
 * The language of the advisor's own wording in a reply: the one fixed with /lang; else the language of the
 * message being answered, when its words tell; else the language the student's earlier messages showed;
 * else the client's language code (a number, "ok", an emoji, a button press).
 */
final class ReplyLanguage {

    private final LanguageDetector detector = LanguageDetector.standard();

    /** The chat's language once {@code text} is read. */
    Conversation.ConversationLanguage read(String text, Conversation.ConversationLanguage chat) {
        Optional<Language> shown = detector.guess(text).language();
        return shown.isPresent() ? new Conversation.ConversationLanguage(chat.fixed(), shown) : chat;
    }

    /** The language to reply in. */
    static Language of(Conversation.ConversationLanguage chat, Language clientLanguage) {
        return chat.fixed().or(chat::spoken).orElse(clientLanguage);
    }
}
