package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.knowledge.Section;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The units a quote is made of: sentences, list items with the line introducing them, short whole lists. */
class QuoteUnitsTest {

    private static List<String> units(String text) {
        return QuoteUnits.of(text).stream()
                .map(u -> (u.hasIntro() ? "[" + u.introText(text) + "] " : "") + u.kind() + ": " + u.ownText(text))
                .toList();
    }

    @Test
    void eachSentenceOfALineIsAUnit() {
        assertEquals(List.of("SENTENCE: Students may register.", "SENTENCE: They may also register late."),
                units("Students may register. They may also register late."));
    }

    @Test
    void eachItemComesWithTheSentenceThatIntroducesItsListAndTheShortListIsAUnitToo() {
        String text = "Rules differ. Workshop activities are of two types:\n- recognized as optional courses;\n"
                + "- recognized as traineeship.\nWorkshops end a month before graduation.";

        assertEquals(List.of(
                "SENTENCE: Rules differ.",
                "[Workshop activities are of two types:] ITEM: - recognized as optional courses;",
                "[Workshop activities are of two types:] ITEM: - recognized as traineeship.",
                "[Workshop activities are of two types:] LIST: - recognized as optional courses;\n"
                        + "- recognized as traineeship.",
                "SENTENCE: Workshops end a month before graduation."), units(text));
    }

    @Test
    void aSentenceUnderALabelLineComesWithItsLabel() {
        assertEquals(List.of("[Suggested priority] ITEM: Does not establish any formal restriction.",
                "[Suggested priority] ITEM: Aims to inform.", "[Composition priority] ITEM: Establishes a restriction."),
                units("Suggested priority\nDoes not establish any formal restriction. Aims to inform.\n"
                        + "Composition priority\nEstablishes a restriction."));
    }

    @Test
    void linesWithoutMarkersAfterAColonLineAreItsItems() {
        assertEquals(List.of("[Students can register only if:] ITEM: the course is in their Study Plan",
                "[Students can register only if:] ITEM: they attended the course",
                "[Students can register only if:] LIST: the course is in their Study Plan\nthey attended the course",
                "SENTENCE: Students may also register late."),
                units("Students can register only if:\nthe course is in their Study Plan\nthey attended the course\n"
                        + "Students may also register late."));
    }

    @Test
    void aShortLabelIntroducesItsItemsButAFullSentenceDoesNot() {
        assertEquals(List.of("[Admitted with assessment of merit] ITEM: - Portfolio",
                "[Admitted with assessment of merit] ITEM: - CV", "[Admitted with assessment of merit] LIST: - Portfolio\n- CV"),
                units("Admitted with assessment of merit\n- Portfolio\n- CV"));
        assertEquals(List.of("SENTENCE: The applicant must sign.", "ITEM: - Portfolio"),
                units("The applicant must sign.\n- Portfolio"));
    }

    @Test
    void numberedAndIndentedItemsAreItemsAndALongListIsNeverWhole() {
        String item = "  1. " + "x".repeat(400);
        String text = "Mobility is distinguished in:\n" + item + "\n  2. " + "y".repeat(300);

        List<String> units = units(text);

        assertEquals(2, units.size(), "two items, no whole list: " + units);
        assertTrue(units.get(0).startsWith("[Mobility is distinguished in:] ITEM: 1. x"), units.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "A:", "A:\n\nB.", "\n\n", "Ends with a colon:\n", "Dr. Rossi said so. Then: yes.",
        "- item\n- item\n", "€ 100.00 is due. • bullet\n  1. indented", ":\n- a"})
    void unitsAreNonEmptyAndInsideTheText(String text) {
        for (QuoteUnit unit : QuoteUnits.of(text)) {
            assertTrue(0 <= unit.start() && unit.start() < unit.end() && unit.end() <= text.length(), unit.toString());
            assertTrue(!unit.ownText(text).isBlank(), unit.toString());
        }
    }

    @Test
    void everyWordOfEverySectionOfTheRealKnowledgeIsInSomeUnitOrIntroduction() {
        for (Section section : RealKnowledge.KNOWLEDGE.sections().toList()) {
            String text = section.body();
            boolean[] covered = new boolean[text.length()];
            for (QuoteUnit unit : QuoteUnits.of(text)) {
                for (int i = unit.start(); i < unit.end(); i++) {
                    covered[i] = true;
                }
                for (int i = unit.introStart(); i >= 0 && i < unit.introEnd(); i++) {
                    covered[i] = true;
                }
            }
            for (int i = 0; i < text.length(); i++) {
                assertTrue(covered[i] || Character.isWhitespace(text.charAt(i)),
                        section.ref() + ": '" + text.charAt(i) + "' at " + i + " is in no unit");
            }
        }
    }
}
