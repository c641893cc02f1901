package it.polimi.auic.advisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.knowledge.Section;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The units a quote is made of: sentences, and a line ending in ':' together with its list. */
class QuoteUnitsTest {

    private static List<String> units(String text) {
        int[] bounds = QuoteUnits.boundaries(text);
        List<String> units = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            units.add(text.substring(bounds[i], bounds[i + 1]));
        }
        return units;
    }

    private static void assertCovering(String text) {
        int[] bounds = QuoteUnits.boundaries(text);
        assertEquals(0, bounds[0]);
        assertEquals(text.length(), bounds[bounds.length - 1]);
        for (int i = 1; i < bounds.length; i++) {
            assertTrue(bounds[i - 1] < bounds[i], "offsets must increase: " + java.util.Arrays.toString(bounds));
        }
    }

    @Test
    void sentencesOfALineAreUnitsOfTheirOwn() {
        assertEquals(List.of("Students may register. ", "They may also register late."),
                units("Students may register. They may also register late."));
    }

    @Test
    void eachLineIsAUnitAtLeast() {
        List<String> units = units("First rule without a full stop\nSecond rule.").stream()
                .map(String::strip).filter(u -> !u.isEmpty()).toList();

        assertEquals(List.of("First rule without a full stop", "Second rule."), units);
    }

    @Test
    void aLineEndingInAColonKeepsItsMarkedList() {
        String text = "Workshop activities are of two types:\n- workshops recognized as optional courses;\n"
                + "- workshops recognized as traineeship.\nIn relation to degree sessions, workshops can be accredited.";

        assertEquals(List.of("Workshop activities are of two types:\n- workshops recognized as optional courses;\n"
                + "- workshops recognized as traineeship.\n",
                "In relation to degree sessions, workshops can be accredited."), units(text));
    }

    @Test
    void aLineEndingInAColonKeepsItsUnmarkedItemsUntilASentenceFollows() {
        String text = "Students can register to an exam only if:\nthat course is included in their Study Plan\n"
                + "they attended the course\nStudents may also register late. In fact, until midnight.";

        assertEquals(List.of("Students can register to an exam only if:\nthat course is included in their Study Plan\n"
                + "they attended the course\n", "Students may also register late. ", "In fact, until midnight."),
                units(text));
    }

    @Test
    void aSentenceRightAfterTheColonBelongsToIt() {
        assertEquals(List.of("Rules apply:\nThe exam is oral.\n", "The next line."),
                units("Rules apply:\nThe exam is oral.\nThe next line."));
    }

    @Test
    void aListIsKeptToEightLines() {
        StringBuilder text = new StringBuilder("List:");
        for (int i = 1; i <= 10; i++) {
            text.append("\n- item ").append(i);
        }

        List<String> units = units(text.toString());

        assertEquals("List:\n- item 1\n- item 2\n- item 3\n- item 4\n- item 5\n- item 6\n- item 7\n- item 8\n", units.get(0));
        assertEquals("- item 10", units.get(units.size() - 1));
    }

    @Test
    void aBlankLineEndsTheList() {
        List<String> units = units("Requirements:\n- one\n\nOther text.");

        assertEquals("Requirements:\n- one\n", units.get(0));
        assertEquals("Other text.", units.get(units.size() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "A:", "A:\n\nB.", "\n\n", "Ends with a colon:\n", "Dr. Rossi said so. Then: yes.",
        "- item\n- item\n", "€ 100.00 is due. • bullet\n  1. indented"})
    void offsetsIncreaseAndCoverTheText(String text) {
        assertCovering(text);
        assertEquals(text, String.join("", units(text)));
    }

    @Test
    void everySectionOfTheRealKnowledgeIsCovered() {
        for (Section section : RealKnowledge.KNOWLEDGE.sections().toList()) {
            assertCovering(section.body());
        }
    }

    @Test
    void itWalksLikeABreakIterator() {
        String text = "One. Two. Three.";
        QuoteUnits units = new QuoteUnits();
        units.setText(text);

        assertEquals(0, units.first());
        assertEquals(5, units.next());
        assertEquals(10, units.next());
        assertEquals(16, units.next());
        assertEquals(BreakIterator.DONE, units.next());
        assertEquals(16, units.last());
        assertEquals(10, units.previous());
        assertEquals(10, units.current());
        assertEquals(10, units.following(5));
        assertEquals(5, units.following(4));
        assertEquals(5, units.preceding(10));
        assertEquals(0, units.preceding(3));
        assertEquals(BreakIterator.DONE, units.preceding(0));
        assertEquals(BreakIterator.DONE, units.following(16));
        assertEquals(text, new StringBuilder().append(units.getText().first())
                .append(text, 1, text.length()).toString());
    }
}
