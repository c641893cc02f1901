package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cutting a long section into passages that each fit a reply, at the most natural boundary available. */
class PassageSplitterTest {

    private static final int MAX = 300;

    /** A sentence of about 60 characters, numbered so that losing or repeating one shows. */
    private static String sentence(int n) {
        return "Sentence number " + n + " tells students one rule of the programme.";
    }

    private static String paragraphs(int count, int sentencesEach) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentencesEach; s++) {
                text.append(s == 0 ? "" : " ").append(sentence(p * 100 + s));
            }
            paragraphs.add(text.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    private static String lines(int count) {
        return String.join("\n", IntStream.range(0, count).mapToObj(PassageSplitterTest::sentence).toList());
    }

    private static String oneLine(int sentences) {
        return String.join(" ", IntStream.range(0, sentences).mapToObj(PassageSplitterTest::sentence).toList());
    }

    static Stream<Arguments> longTexts() {
        return Stream.of(
                Arguments.of("paragraphs", paragraphs(8, 2)),
                Arguments.of("lines without blank lines", lines(20)),
                Arguments.of("one line of sentences", oneLine(20)),
                Arguments.of("words without full stops", "word ".repeat(400)),
                Arguments.of("one word longer than a passage", "x".repeat(1000)),
                Arguments.of("a short paragraph then long lines", "Intro.\n\n" + lines(20)));
    }

    @org.junit.jupiter.api.Test
    void everyLongSectionOfTheRealKnowledgeIsCutIntoPartsThatFitLosingNoWord() {
        for (var section : RealKnowledge.KNOWLEDGE.sections().toList()) {
            List<String> parts = PassageSplitter.split(section.body());
            for (String part : parts) {
                assertTrue(part.length() <= PassageSplitter.MAX_CHARS, section.ref() + ": a part of " + part.length());
            }
            assertEquals(words(section.body()), words(String.join(" ", parts)), section.ref() + ": a word lost");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longTexts")
    void everyPartFitsAndNoWordIsLost(String name, String text) {
        List<String> parts = PassageSplitter.split(text, MAX);

        assertTrue(parts.size() > 1, name);
        for (String part : parts) {
            assertTrue(!part.isEmpty() && part.length() <= MAX, name + ": a part of " + part.length());
            assertEquals(part.strip(), part, name + ": parts are stripped");
        }
        assertEquals(text.replaceAll("\\s+", ""), String.join("", parts).replaceAll("\\s+", ""),
                name + ": no character lost or repeated");
        if (words(text).stream().allMatch(w -> w.length() <= MAX)) {
            assertEquals(words(text), words(String.join(" ", parts)), name + ": no word cut");
        }
    }

    @Test
    void paragraphsAreCutBetweenParagraphs() {
        String text = paragraphs(8, 2);
        List<String> paragraphs = Arrays.asList(text.split("\n\n"));

        for (String part : PassageSplitter.split(text, MAX)) {
            assertTrue(paragraphs.containsAll(Arrays.asList(part.split("\n\n"))), "a paragraph was cut: " + part);
        }
    }

    @Test
    void withoutParagraphsLinesAreCutBetweenLines() {
        String text = lines(20);
        List<String> lines = Arrays.asList(text.split("\n"));

        for (String part : PassageSplitter.split(text, MAX)) {
            assertTrue(lines.containsAll(Arrays.asList(part.split("\n"))), "a line was cut: " + part);
        }
    }

    @Test
    void withoutLineBreaksSentencesAreCutAfterTheFullStop() {
        for (String part : PassageSplitter.split(oneLine(20), MAX)) {
            assertTrue(part.startsWith("Sentence number ") && part.endsWith("programme."), part);
        }
    }

    @Test
    void anEarlyParagraphBreakDoesNotMakeATinyPart() {
        List<String> parts = PassageSplitter.split("Intro.\n\n" + lines(20), MAX);

        for (String part : parts.subList(0, parts.size() - 1)) {
            assertTrue(part.length() > MAX / 3, "a part of " + part.length() + ": " + part);
        }
    }

    @Test
    void aShortTextIsOnePartStripped() {
        assertEquals(List.of("Short text.\n\nTwo paragraphs."),
                PassageSplitter.split("\n  Short text.\n\nTwo paragraphs. \n", MAX));
    }

    @Test
    void aTextOfExactlyTheLimitIsNotCut() {
        String text = "y".repeat(MAX);

        assertEquals(List.of(text), PassageSplitter.split(text, MAX));
    }

    @Test
    void anEmptyTextHasNoParts() {
        assertEquals(List.of(), PassageSplitter.split("  \n ", MAX));
    }

    @Test
    void theDefaultLimitIsWhatTheContractAllows() {
        assertEquals(3000, PassageSplitter.MAX_CHARS);
        String text = paragraphs(60, 2);

        List<String> parts = PassageSplitter.split(text);

        assertTrue(parts.size() > 1);
        parts.forEach(p -> assertTrue(p.length() <= 3000));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
