package it.polimi.auic.advisor.language;

import java.util.Optional;

/**
 * What a text says about its own language: a language, or nothing when the text does not tell ("ok", "28",
 * an emoji, a word both languages share).
 *
 * @param language   the language the text is written in, if it tells
 * @param italian    how many of its words are typical of Italian
 * @param english    how many are typical of English
 */
public record LanguageGuess(Optional<Language> language, int italian, int english) {

    public static LanguageGuess of(int italian, int english) {
        Optional<Language> language = italian > english ? Optional.of(Language.IT)
                : english > italian ? Optional.of(Language.EN) : Optional.empty();
        return new LanguageGuess(language, italian, english);
    }

    /** The language, or {@code fallback} when the text does not tell. */
    public Language or(Language fallback) {
        return language.orElse(fallback);
    }
}
