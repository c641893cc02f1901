package it.polimi.auic.advisor.language;

import java.util.Locale;

/**
 * The two languages students write in and the advisor's own wording comes in: Italian, and English (also
 * the fallback). Regulation text stays as the School wrote it.
 */
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

    /** Chooses between the English and the Italian wording of one sentence. */
    public String pick(String english, String italian) {
        return this == IT ? italian : english;
    }
}
