package it.polimi.auic.advisor.calc.studio;

import static it.polimi.auic.advisor.calc.CalcFixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.CalcFixtures;
import it.polimi.auic.advisor.calc.Finding;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudioCalculatorTest {

    private final StudioCalculator calculator = new StudioCalculator(CalcFixtures.calendar());

    private static StudioInput percent(String year, String percent, String asOf) {
        return new StudioInput(year(year), new Attendance.Percent(new BigDecimal(percent)), LocalDate.parse(asOf));
    }

    private static StudioInput hours(String year, String attended, String total, String asOf) {
        return new StudioInput(year(year), new Attendance.Hours(new BigDecimal(attended), new BigDecimal(total)),
                LocalDate.parse(asOf));
    }

    @Nested
    class Attendance70 {

        @ParameterizedTest(name = "{0}% -> acquired {1}")
        @CsvSource({"70, true", "70.0, true", "69.99, false", "100, true", "0, false"})
        void percentage(String value, boolean acquired) {
            StudioVerdict verdict = calculator.evaluate(percent("2025/26", value, "2026-11-22"));
            assertEquals(acquired, verdict.attendanceAcquired());
            assertEquals(!acquired, verdict.mustReattend());
        }

        @ParameterizedTest(name = "{0} of {1} hours -> {2}%, acquired {3}")
        @CsvSource({"84, 120, 70.00, true", "83, 120, 69.17, false", "83.5, 120, 69.58, false", "7, 10, 70.00, true",
                "2, 3, 66.67, false"})
        void hoursAreComparedExactlyAndShownRounded(String attended, String total, String shown, boolean acquired) {
            StudioVerdict verdict = calculator.evaluate(hours("2025/26", attended, total, "2026-11-22"));
            assertEquals(new BigDecimal(shown), verdict.attendancePercent());
            assertEquals(acquired, verdict.attendanceAcquired());
        }

        @Test
        void justBelowSeventyIsNotAcquiredEvenWhereItShowsRoundedTo70() {
            // 69.995% shows as 70.00 but is below 70: the rule compares exactly.
            StudioVerdict verdict = calculator.evaluate(hours("2025/26", "69.995", "100", "2026-11-22"));
            assertEquals(new BigDecimal("70.00"), verdict.attendancePercent());
            assertFalse(verdict.attendanceAcquired());
        }
    }

    @Nested
    class ExamWindow {

        @ParameterizedTest(name = "attended {0}, asked on {1} -> expired {2}")
        @CsvSource({
                "2025/26, 2027-09-11, false",   // the last day of the window's autumn session
                "2025/26, 2027-09-12, true",
                "2025/26, 2026-11-22, false",
                "2022/23, 2023-12-01, false",
                "2022/23, 2024-09-12, false",   // the usual pattern: autumn session to 12 September
                "2022/23, 2024-09-13, true"})
        void theThreeSessionsOfTheFollowingYear(String year, String asOf, boolean expired) {
            StudioVerdict verdict = calculator.evaluate(percent(year, "90", asOf));
            assertEquals(year(year).next(), verdict.examWindow());
            assertEquals(expired, verdict.expired());
            assertEquals(expired, verdict.mustReattend());
        }

        @Test
        void aListedYearGivesItsThirdSessionAndItsStatus() {
            StudioVerdict verdict = calculator.evaluate(percent("2025/26", "90", "2026-11-22"));
            assertEquals("Autumn session", verdict.lastSession().name());
            assertEquals(LocalDate.of(2027, 9, 11), verdict.lastSession().ends());
            assertEquals(DateStatus.CONFIRMED, verdict.dateStatus());
        }

        @Test
        void anUnlistedYearFollowsTheUsualPatternAndTheFindingSaysItIsIndicative() {
            StudioVerdict verdict = calculator.evaluate(percent("2030/31", "90", "2026-11-22"));
            assertEquals(LocalDate.of(2032, 9, 12), verdict.lastSession().ends());
            assertEquals(DateStatus.INDICATIVE, verdict.dateStatus());
            assertTrue(window(verdict).detail().contains("Indicative"));
        }

        @Test
        void anUnconfirmedYearIsFlaggedToo() {
            CalendarYear unconfirmed = new CalendarYear(year("2026/27"), false, CalcFixtures.calendar().years().get(0).sessions());
            StudioCalculator withDraft = new StudioCalculator(
                    new AcademicCalendar(List.of(unconfirmed), CalcFixtures.calendar().usualSessions()));
            StudioVerdict verdict = withDraft.evaluate(percent("2025/26", "90", "2026-11-22"));
            assertEquals(DateStatus.TO_BE_CONFIRMED, verdict.dateStatus());
            assertTrue(window(verdict).detail().contains("to be confirmed"));
        }

        @Test
        void notAttendedAndExpiredReportsBothAndRegistrationIsClosed() {
            StudioVerdict verdict = calculator.evaluate(percent("2022/23", "50", "2025-01-01"));
            assertTrue(verdict.mustReattend());
            assertEquals(List.of(false, false, false), verdict.findings().stream().map(Finding::met).toList());
            assertEquals(List.of("5.4.1", "5.4.1", "9.1"), verdict.findings().stream().map(Finding::section).toList());
        }

        private Finding window(StudioVerdict verdict) {
            return verdict.findings().stream().filter(f -> f.rule().equals("exam-within-following-year")).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0} of {1} hours refused on {2}")
    @CsvSource({"121, 120, attendedHours", "-1, 120, attendedHours", "10, 0, totalHours"})
    void impossibleHoursAreRefused(String attended, String total, String field) {
        assertEquals(field, assertThrows(InvalidInputException.class,
                () -> new Attendance.Hours(new BigDecimal(attended), new BigDecimal(total))).field());
    }

    @Test
    void aPercentageAbove100IsRefused() {
        assertEquals("attendancePercent", assertThrows(InvalidInputException.class,
                () -> new Attendance.Percent(new BigDecimal("100.01"))).field());
    }
}
