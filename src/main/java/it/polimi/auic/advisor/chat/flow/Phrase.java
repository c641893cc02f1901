package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.language.Language;

/** One sentence of the advisor's own wording, in English and Italian. */
record Phrase(String en, String it) {

    static Phrase of(String en, String it) {
        return new Phrase(en, it);
    }

    String in(Language language) {
        return language.pick(en, it);
    }

    Phrase then(Phrase more) {
        return new Phrase(en + " " + more.en, it + " " + more.it);
    }
}
