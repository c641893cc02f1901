package it.polimi.auic.advisor.chat;

import java.util.Locale;

/** The languages the advisor's own wording comes in; regulation text stays as the School wrote it. */
public enum Language {
    EN,
    IT;

    /** Picks the language from a client's language code ("it", "it-IT", "en-GB"); English otherwise. */
    public static Language fromCode(String languageCode) {
        if (languageCode == null) {
            return EN;
        }
        return languageCode.toLowerCase(Locale.ROOT).startsWith("it") ? IT : EN;
    }

    /** The same language as the core names it (the search analyses questions by it). */
    public it.polimi.auic.advisor.language.Language core() {
        return it.polimi.auic.advisor.language.Language.valueOf(name());
    }

    /** Chooses between the English and the Italian wording of one sentence. */
    public String pick(String english, String italian) {
        return this == IT ? italian : english;
    }
}
