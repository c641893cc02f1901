package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuestionTextTest {

    private static final int MAX = QuestionText.MAX_QUESTION_LENGTH;

    @Test
    void controlCharactersAndLineBreaksBecomeSingleSpaces() {
        assertEquals("where is the studio list?",
                QuestionText.clean("  where\u0000is\r\nthe\t\tstudio\u2028list?\u0007 ", MAX));
    }

    @Test
    void aTenThousandCharacterQuestionIsCutToTheLimit() {
        String cleaned = QuestionText.clean("a".repeat(10_000), MAX);

        assertEquals(MAX + 1, cleaned.length());
        assertTrue(cleaned.endsWith("…"));
    }

    @Test
    void aQuestionOfExactlyTheLimitIsKeptWhole() {
        String question = "b".repeat(MAX);

        assertEquals(question, QuestionText.clean(question, MAX));
    }

    @Test
    void cuttingNeverSplitsAnEmoji() {
        String cleaned = QuestionText.clean("🙂".repeat(MAX + 10), MAX);

        assertEquals(MAX, cleaned.codePointCount(0, cleaned.length()) - 1);
        assertFalse(hasLoneSurrogate(cleaned));
    }

    @Test
    void aLoneSurrogateIsReplacedSoThatTheTextCanBeWrittenAsUtf8() {
        assertEquals("bad \uFFFD here", QuestionText.clean("bad \uD800 here", MAX));
    }

    @Test
    void nullAndBlankBecomeEmpty() {
        assertEquals("", QuestionText.clean(null, MAX));
        assertEquals("", QuestionText.clean(" \u0000\n ", MAX));
    }

    @Test
    void shortenCutsForDisplayWithoutSplittingCharacters() {
        assertEquals("abc", QuestionText.shorten("abc", 5));
        assertEquals("🙂🙂…", QuestionText.shorten("🙂🙂🙂🙂", 3));
    }

    private static boolean hasLoneSurrogate(String text) {
        return text.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }
}
