package it.polimi.auic.advisor.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcademicYearTest {

    @ParameterizedTest
    @CsvSource({"2023/24, 2023", "1999/00, 1999", "2009/10, 2009"})
    void readsTheCanonicalForm(String text, int start) {
        AcademicYear year = AcademicYear.parse(text).orElseThrow();
        assertEquals(start, year.startYear());
        assertEquals(text, year.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023/25", "2023-24", "2023/2024", "23/24", "2023", "", "1949/50", "2023/24 "})
    void refusesAnythingElse(String text) {
        assertTrue(AcademicYear.parse(text).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"2026-11-22, 2026/27", "2026-09-15, 2026/27", "2026-09-14, 2025/26", "2027-01-10, 2026/27"})
    void theYearRunningOnADay(String day, String year) {
        assertEquals(year, AcademicYear.containing(LocalDate.parse(day), MonthDay.of(9, 15)).toString());
    }
}
