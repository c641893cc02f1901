package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.language.WordLists;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which words say nothing about the rule asked for, and which everyday words barely count when unknown. */
class StopAndGenericWordsTest {

    private static final Analyzer CONTENT = Analyzers.content(Language.EN);
    private static final GenericWords GENERIC = new GenericWords(CONTENT);

    private static String stem(String word) {
        return Tokens.of(Analyzers.content(Language.EN), SearchFields.ENGLISH.body(), word).stream().findFirst()
                .map(Tokens::term).orElseThrow(() -> new AssertionError(word + " is a stop word"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"what", "how", "can", "i", "the", "please", "don't", "quanti", "perche", "della", "posso",
        "cosa", "c'e"})
    void questionWordsInEitherLanguageAreStopWords(String word) {
        assertTrue(StopWords.SET.contains(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exam", "studio", "workshop", "tirocinio", "erasmus", "credits", "deadline", "thesis"})
    void topicWordsAreNot(String word) {
        assertFalse(StopWords.SET.contains(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"put", "whole", "fix", "dopo", "problem"})
    void everydayWordsAreGeneric(String word) {
        assertTrue(GENERIC.contains(stem(word)), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gym", "bank", "rent", "weather", "pizza", "workshop"})
    void nounsNamingATopicAreNotGeneric(String word) {
        assertFalse(GENERIC.contains(stem(word)), word);
    }

    @Test
    void noWordIsBothAStopWordAndAnEverydayWord() {
        Set<String> both = new HashSet<>(WordLists.read(StopWords.RESOURCE));
        both.retainAll(WordLists.read(GenericWords.RESOURCE));
        assertTrue(both.isEmpty(), "on both lists (a stop word is never a meaningful word): " + both);
    }

    @Test
    void theWordListsOfTheLanguagesTheOpenersAndTheCognateEndingsHaveNoWordOnTwoLists() {
        Set<String> both = new HashSet<>(WordLists.read("/language/italian-words.txt"));
        both.retainAll(WordLists.read("/language/english-words.txt"));
        assertTrue(both.isEmpty(), "Italian and English at once: " + both);
    }

    @ParameterizedTest
    @ValueSource(strings = {"solito", "davvero", "succede"})
    void italianEverydayWordsAreGenericInTheItalianAnalysis(String word) {
        GenericWords italian = new GenericWords(Analyzers.content(Language.IT));
        String stem = Tokens.of(Analyzers.content(Language.IT), SearchFields.ITALIAN.body(), word).get(0).term();
        assertTrue(italian.contains(stem), word + " as " + stem);
    }
}
