package it.polimi.auic.advisor.telegram.receive;

import it.polimi.auic.advisor.language.Language;

/** The few sentences the Telegram adapter says itself, rather than the chat core, in English and Italian. */
final class BotTexts {

    private BotTexts() {
    }

    static String apology(Language language) {
        return language.pick(
                "Sorry, something went wrong on my side while answering that. Please try again in a moment.",
                "Scusa, qualcosa non ha funzionato da parte mia nel rispondere. Riprova tra un momento.");
    }

    static String slowDown(Language language) {
        return language.pick(
                "You are sending messages faster than I can read them. Please slow down: I will answer again in a little while.",
                "Stai inviando messaggi più in fretta di quanto riesca a leggerli. Rallenta, per favore: tra poco risponderò di nuovo.");
    }

    static String textOnly(Language language) {
        return language.pick(
                "I can only read text. Please type your question, or send /help to see what I can do.",
                "Riesco a leggere solo testo. Scrivi la tua domanda, oppure invia /help per vedere cosa so fare.");
    }
}
