package it.polimi.auic.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerbatimTest {

    private static final String SECTION = "Students may apply for deferment from June to August.\n"
            + "- Students who have been granted the deferment\n  will be asked to confirm it.";

    @Test
    void wordsCopiedExactlyAreFoundAcrossLineBreaksAndSpaces() {
        assertTrue(Verbatim.contains(SECTION, "from June to August."));
        assertTrue(Verbatim.contains(SECTION, "granted the deferment will be asked"));
        assertTrue(Verbatim.contains(SECTION, "  from   June to August.  "));
    }

    @Test
    void anyOtherDifferenceIsNotForgiven() {
        assertFalse(Verbatim.contains(SECTION, "from june to august."), "case");
        assertFalse(Verbatim.contains(SECTION, "from June to August"+ "!"), "punctuation");
        assertFalse(Verbatim.contains(SECTION, "fromJune"), "a missing space");
        assertFalse(Verbatim.contains(SECTION, "   "), "nothing");
    }

    @Test
    void theSpanIsOneOfTheOriginalTextWithItsOwnSpaces() {
        String text = "Erasmus\u00A0+ is the   programme.\nNext.";
        int[] span = Verbatim.find(text, "Erasmus + is the programme.").orElseThrow();
        assertEquals("Erasmus\u00A0+ is the   programme.", text.substring(span[0], span[1]));
    }

    @Test
    void theOffsetIsOneOfTheOriginalText() {
        int at = Verbatim.indexOf(SECTION, "granted the deferment will");
        assertEquals(SECTION.indexOf("granted"), at);
    }
}
