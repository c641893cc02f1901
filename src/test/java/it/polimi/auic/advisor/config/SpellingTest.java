package it.polimi.auic.advisor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {

    private static final List<String> KNOWN = List.of("academicYearStart", "admission", "merit", "gparam",
            "honoursValue", "handoverDays", "dataDir", "admins", "credits", "toYear", "fromYear");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "gparm, gparam",               // a letter dropped
            "gpraam, gparam",              // two neighbours swapped: one edit
            "gparamm, gparam",             // a letter added
            "handoverdays, handoverDays",  // case only
            "honours, honoursValue",       // the start of a known key
            "credit, credits",
            "admin, admins",
            "acadmicYearStrt, academicYearStart",
            "mert, merit",                 // short: one edit allowed
            "mrt, none",                   // short: two edits are too many
            "colour, none",
            "staffChat, none",
            "toyears, toYear"})
    void aKeyACoupleOfEditsAwayIsSuggested(String typed, String expected) {
        assertEquals(Optional.ofNullable(expected), Spelling.closest(typed, KNOWN));
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"kitten, sitting, 3", "ab, ba, 1", "abc, abc, 0", "'', abc, 3", "ca, abc, 3"})
    void distanceCountsEditsWithSwapsAsOne(String a, String b, int expected) {
        assertEquals(expected, Spelling.distance(a, b));
    }
}
