package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cleaning a student's question before it is analysed: no control characters, folded spaces, bounded length. */
class QuestionTextTest {

    private static final int MAX = 600;

    @Test
    void nullIsEmpty() {
        assertEquals("", QuestionText.clean(null, MAX));
    }

    @Test
    void controlCharactersAndWhitespaceRunsBecomeOneSpace() {
        assertEquals("studio attendance expire?",
                QuestionText.clean(" \t studio\u0000attendance\r\n\u0007  expire?\u001b ", MAX));
    }

    @Test
    void onlySpacesAndControlCharactersLeaveNothing() {
        assertEquals("", QuestionText.clean(" \u0000\n\t\u007f\u0085 ", MAX));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            l\u2019esame           | l'esame
            \u2018studio\u2019     | 'studio'
            dell\u02BCappello      | dell'appello
            """)
    void curlyApostrophesBecomeStraightSoItalianElisionsAreRecognised(String text, String cleaned) {
        assertEquals(cleaned, QuestionText.clean(text, MAX));
    }

    @Test
    void textIsKeptAsWrittenOtherwise() {
        String text = "<b>&amp;</b> **Studio** ما هي 🎓 \"quoted\" title:(x AND";
        assertEquals(text, QuestionText.clean(text, MAX));
    }

    @Test
    void aLongQuestionIsCutToTheLimit() {
        String cleaned = QuestionText.clean("studio attendance ".repeat(2000), MAX);

        assertEquals(MAX, cleaned.length());
        assertTrue(cleaned.startsWith("studio attendance studio"));
    }

    @Test
    void spacesFoldedBeforeCuttingSoTheLimitCountsRealCharacters() {
        String cleaned = QuestionText.clean("a" + " ".repeat(5000) + "b", MAX);

        assertEquals("a b", cleaned);
    }

    @Test
    void cuttingNeverLeavesHalfAnEmoji() {
        for (int prefix = 0; prefix < 4; prefix++) {
            String cleaned = QuestionText.clean("x".repeat(prefix) + "🎓".repeat(MAX), MAX);

            assertTrue(cleaned.length() <= MAX);
            assertFalse(Character.isHighSurrogate(cleaned.charAt(cleaned.length() - 1)),
                    "a lone high surrogate at the end after a prefix of " + prefix);
        }
    }
}
