package it.polimi.auic.advisor.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = LanguageDetector.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ciao | IT",
        "grazie mille | IT",
        "quando scade la frequenza del laboratorio? | IT",
        "come funziona il calcolo della G? | IT",
        "posso fare il workshop online? | IT",
        "quanti cfu per il tirocinio | IT",
        "Perché l'esame è annullato? | IT",
        "mi sono iscritta nel 2022 | IT",
        "hi | EN",
        "thanks! | EN",
        "How many workshop credits can be recognised? | EN",
        "Is studio attendance compulsory, can I still miss some lessons? | EN",
        "i atended my studio this year with 80 percent | EN",
        "wher can i find the erasmus partners | EN",
    })
    void everydayWordsTellTheLanguage(String text, Language expected) {
        assertEquals(Optional.of(expected), DETECTOR.guess(text).language(), DETECTOR.guess(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "28x8 30Lx12", "👍", "", "   ", "workshop portfolio erasmus", "2023/24 85%", "<b>?</b>"})
    void aTextWithoutEverydayWordsDoesNotTell(String text) {
        assertEquals(Optional.empty(), DETECTOR.guess(text).language(), DETECTOR.guess(text).toString());
    }

    @Test
    void aTextThatDoesNotTellFallsBackToTheGivenLanguage() {
        assertEquals(Language.IT, DETECTOR.guess("ok").or(Language.IT));
        assertEquals(Language.EN, DETECTOR.guess("ok").or(Language.EN));
        assertEquals(Language.IT, DETECTOR.guess("ciao ok").or(Language.EN));
    }

    @Test
    void noWordIsOnBothLists() {
        Set<String> both = new HashSet<>(WordLists.read("/language/italian-words.txt"));
        both.retainAll(WordLists.read("/language/english-words.txt"));
        assertTrue(both.isEmpty(), "on both lists: " + both);
    }
}
