package it.polimi.auic.advisor.calc.admission;

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
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdmissionCalculatorTest {

    private final AdmissionCalculator calculator = new AdmissionCalculator(CalcFixtures.admissionPolicy());

    /** A Politecnico L-17 graduate who meets everything; each test changes what it is about. */
    private static Career career(String year, String enrolled, String graduated, int credits, String average, boolean english) {
        return new Career(year(year), Optional.ofNullable(enrolled).map(LocalDate::parse), LocalDate.parse(graduated),
                credits, new BigDecimal(average), english);
    }

    private static AdmissionInput input(boolean polimi, String bachelorClass, String programme, Career career) {
        return new AdmissionInput(polimi, bachelorClass, Optional.ofNullable(programme), Optional.ofNullable(career));
    }

    private static AdmissionInput good(Career career) {
        return input(true, "L-17", null, career);
    }

    private static Finding finding(AdmissionVerdict verdict, String rule) {
        return verdict.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + rule + " in " + verdict.findings()));
    }

    @Nested
    class FourYears {

        @ParameterizedTest(name = "{0} enrolled {1}, graduated {2}: within 4 years = {3}")
        @CsvSource({
                "2020/21, 2020-09-14, 2024-09-14, true",   // the fourth anniversary itself
                "2020/21, 2020-09-14, 2024-09-15, false",  // the day after
                "2020/21, 2020-09-14, 2023-07-18, true",
                "2019/20, 2020-02-29, 2024-02-29, true",   // enrolled on 29 February: the anniversary is 29 February again
                "2019/20, 2020-02-29, 2024-03-01, false",
                "2018/19, 2019-03-01, 2023-03-01, true",
                "2018/19, 2019-03-01, 2023-03-02, false"})
        void graduationOnOrBeforeTheFourthAnniversary(String year, String enrolled, String graduated, boolean within) {
            AdmissionVerdict verdict = calculator.evaluate(good(career(year, enrolled, graduated, 140, "28", true)));
            assertEquals(within, finding(verdict, "graduated-within-4-years").met());
            assertEquals(within ? AdmissionOutcome.AUTOMATIC : AdmissionOutcome.MERIT_ASSESSMENT, verdict.outcome());
        }

        @Test
        void withoutAnEnrolmentDayTheStartOfTheAcademicYearCountsAndTheFindingSaysSo() {
            AdmissionVerdict onTime = calculator.evaluate(good(career("2020/21", null, "2024-09-15", 140, "28", true)));
            AdmissionVerdict late = calculator.evaluate(good(career("2020/21", null, "2024-09-16", 140, "28", true)));
            assertTrue(finding(onTime, "graduated-within-4-years").met());
            assertFalse(finding(late, "graduated-within-4-years").met());
            assertTrue(finding(onTime, "graduated-within-4-years").detail().contains("15 September 2020"));
        }
    }

    @Nested
    class CheckDate {

        @ParameterizedTest(name = "{0} enrolled {1}: N/V checked on {2}")
        @CsvSource({
                "2018/19, 2018-09-20, 2020-10-10",
                "2020/21, 2021-02-15, 2023-10-10",  // a late enrolment counts from its own calendar year
                "2020/21, , 2022-10-10"})
        void tenthOfOctoberOfTheSecondCalendarYearAfterEnrolment(String year, String enrolled, String checkDate) {
            LocalDate graduated = LocalDate.parse(checkDate).plusMonths(9);
            AdmissionVerdict verdict = calculator.evaluate(good(career(year, enrolled, graduated.toString(), 140, "28", true)));
            assertEquals(Optional.of(LocalDate.parse(checkDate)), verdict.checkDate());
        }
    }

    @Nested
    class NvParameter {

        @ParameterizedTest(name = "{0}: {1} credits, average {2} -> credits met {3}, average met {4}")
        @CsvSource({
                "2020/21, 104, 27.0, true, true",    // exactly N and V
                "2020/21, 103, 27.0, false, true",
                "2020/21, 104, 26.99, true, false",
                "2010/11, 150, 26.5, true, false",   // first year of 104/27
                "2009/10, 104, 25, true, true",      // last year of 104/25
                "2003/04, 104, 24.99, true, false"})
        void bothReachedByTheCheckDate(String year, int credits, String average, boolean creditsMet, boolean averageMet) {
            int start = Integer.parseInt(year.substring(0, 4));
            Career career = career(year, start + "-09-20", (start + 3) + "-07-15", credits, average, true);
            AdmissionVerdict verdict = calculator.evaluate(good(career));
            assertEquals(creditsMet, finding(verdict, "nv-credits").met());
            assertEquals(averageMet, finding(verdict, "nv-average").met());
            assertEquals(creditsMet && averageMet ? AdmissionOutcome.AUTOMATIC : AdmissionOutcome.MERIT_ASSESSMENT,
                    verdict.outcome());
        }

        @ParameterizedTest(name = "{0} -> N/V {1}/{2}")
        @CsvSource({"2003/04, 104, 25", "2009/10, 104, 25", "2010/11, 104, 27", "2025/26, 104, 27"})
        void thresholdByEnrolmentYear(String year, int credits, int average) {
            int start = Integer.parseInt(year.substring(0, 4));
            AdmissionVerdict verdict = calculator.evaluate(good(career(year, null, (start + 3) + "-07-15", 140, "29", true)));
            assertEquals(credits, verdict.threshold().orElseThrow().credits());
            assertEquals(0, BigDecimal.valueOf(average).compareTo(verdict.threshold().orElseThrow().average()));
        }

        @Test
        void noPublishedParameterBefore2003MeansNoAutomaticAdmission() {
            AdmissionVerdict verdict = calculator.evaluate(good(career("2002/03", "2002-09-20", "2005-07-01", 180, "30", true)));
            assertEquals(AdmissionOutcome.MERIT_ASSESSMENT, verdict.outcome());
            assertTrue(verdict.threshold().isEmpty());
            assertFalse(finding(verdict, "nv-parameter").met());
        }
    }

    @Nested
    class Outcomes {

        private final Career meetsAll = career("2020/21", "2020-09-14", "2023-07-18", 140, "28.1", true);

        @ParameterizedTest(name = "{0} {1} programme={2} -> {3}")
        @CsvSource({
                "true, L-17, , AUTOMATIC",
                "true, L-23, Architecture and Building Production, AUTOMATIC_WITH_DEBITS",
                "true, L-23, architettura e produzione edilizia (Lecco), AUTOMATIC_WITH_DEBITS",
                "true, L-23, , NOT_ADMISSIBLE",
                "true, L-21, , NOT_ADMISSIBLE",
                "true, L-21, Urban Planning, NOT_ADMISSIBLE",
                "true, L-4, , NOT_ADMISSIBLE",           // not listed as compliant
                "false, L-23, Architecture and Building Production, NOT_ADMISSIBLE",  // exception is the Politecnico's only
                "false, L-17, , MERIT_ASSESSMENT",
                "true, L-17, Architecture and Building Production, AUTOMATIC"})
        void everyOutcome(boolean polimi, String bachelorClass, String programme, AdmissionOutcome outcome) {
            assertEquals(outcome, calculator.evaluate(input(polimi, bachelorClass, programme, meetsAll)).outcome());
        }

        @Test
        void noEnglishCertificationMeansMerit() {
            Career noEnglish = career("2020/21", "2020-09-14", "2023-07-18", 140, "28.1", false);
            AdmissionVerdict verdict = calculator.evaluate(good(noEnglish));
            assertEquals(AdmissionOutcome.MERIT_ASSESSMENT, verdict.outcome());
            assertFalse(finding(verdict, "english-certification").met());
        }

        @Test
        void aDebitExceptionThatMissesACareerRuleIsAssessedOnMerit() {
            Career late = career("2020/21", "2020-09-14", "2025-03-01", 140, "28.1", true);
            assertEquals(AdmissionOutcome.MERIT_ASSESSMENT,
                    calculator.evaluate(input(true, "L-23", "Architecture and Building Production", late)).outcome());
        }

        @Test
        void everyRuleMissedIsReportedNotJustTheFirst() {
            Career missesAll = career("2020/21", "2020-09-14", "2026-03-01", 90, "24", false);
            AdmissionVerdict verdict = calculator.evaluate(input(false, "L-21", null, missesAll));
            List<String> missed = verdict.findings().stream().filter(f -> !f.met()).map(Finding::rule).toList();
            assertEquals(List.of("politecnico-bachelor", "graduated-within-4-years", "nv-credits", "nv-average",
                    "english-certification", "degree-class"), missed);
            assertTrue(verdict.findings().stream().allMatch(f -> f.section().equals("1.3.1")));
        }

        @Test
        void theCareerIsNotNeededWhenTheClassOrTheUniversityDecides() {
            assertEquals(AdmissionOutcome.NOT_ADMISSIBLE, calculator.evaluate(input(true, "L-21", null, null)).outcome());
            assertEquals(AdmissionOutcome.MERIT_ASSESSMENT, calculator.evaluate(input(false, "L-17", null, null)).outcome());
            assertThrows(IllegalArgumentException.class, () -> calculator.evaluate(input(true, "L-17", null, null)));
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "creditsByCheckDate, 2020/21, 2020-09-14, 2023-07-18, -1, 28",
                "creditsByCheckDate, 2020/21, 2020-09-14, 2023-07-18, 361, 28",
                "averageByCheckDate, 2020/21, 2020-09-14, 2023-07-18, 140, 17.99",
                "averageByCheckDate, 2020/21, 2020-09-14, 2023-07-18, 140, 30.01",
                "enrolmentDate, 2020/21, 2019-09-14, 2023-07-18, 140, 28",
                "graduationDate, 2020/21, 2020-09-14, 2020-09-13, 140, 28"})
        void refusedNamingTheField(String field, String year, String enrolled, String graduated, int credits, String average) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> career(year, enrolled, graduated, credits, average, true));
            assertEquals(field, e.field());
        }

        @Test
        void aClassMustLookLikeOne() {
            assertEquals("bachelorClass", assertThrows(InvalidInputException.class,
                    () -> input(true, "Architecture", null, null)).field());
            assertEquals("L-17", input(true, " l17 ", null, null).bachelorClass());
        }
    }
}
