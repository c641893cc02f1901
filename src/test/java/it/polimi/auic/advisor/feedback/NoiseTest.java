package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoiseTest {

    private static final KnownWords SHIPPED = KnownWords.of(KnowledgeLoader.load(Path.of("knowledge")));

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            c                | SINGLE_LETTER
            C.               | SINGLE_LETTER
            " x? "           | SINGLE_LETTER
            5                | SINGLE_LETTER
            /start           | COMMAND
            /help            | COMMAND
            /reload          | COMMAND
            /start@AuicBot   | COMMAND
            ???              | SYMBOLS
            ...              | SYMBOLS
            👍               | SYMBOLS
            🙂🙂 !           | SYMBOLS
            asdfgh           | GIBBERISH
            kkkkk            | GIBBERISH
            sdfg             | GIBBERISH
            hmm              | GIBBERISH
            asdasd           | GIBBERISH
            hahaha!!         | GIBBERISH
            asdfgh jkl       | GIBBERISH
            Zzzzzz           | GIBBERISH
            """)
    void noiseIsToldByItsShape(String message, Noise kind) {
        assertEquals(Optional.of(kind), Noise.of(message, SHIPPED));
        assertEquals(Optional.of(kind), Noise.of(message, KnownWords.common()), "the shape alone tells");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"mensa?", "visa", "tasse", "ISEE", "ok", "canteen", "where is the canteen",
        "dov'è la mensa", "c'è?", "hmm visa", "b2", "2024", "где столовая", "/ how do I apply", "qwerty", "mama"})
    void shortRealQuestionsAreNotNoise(String message) {
        assertEquals(Optional.empty(), Noise.of(message, SHIPPED));
        assertEquals(Optional.empty(), Noise.of(message, KnownWords.common()));
    }

    @Test
    void aKnownWordIsNeverGibberishHoweverItLooks() {
        assertEquals(Optional.empty(), Noise.of("pds?", SHIPPED), "the glossary's word for the study plan");
        assertEquals(Optional.empty(), Noise.of("msc", SHIPPED));
        assertEquals(Optional.of(Noise.GIBBERISH), Noise.of("pds?", KnownWords.common()),
                "without the glossary it is only three consonants");
    }
}
