package it.polimi.auic.advisor.calc.merit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.Finding;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeritCalculatorTest {

    private final MeritCalculator linear = new MeritCalculator(MeritPolicy.linear());

    private static MeritInput input(String average, int credits, String portfolio, boolean graduating, Integer registered) {
        return new MeritInput(new BigDecimal(average), credits, new BigDecimal(portfolio), BigDecimal.ZERO, BigDecimal.ZERO,
                graduating, Optional.ofNullable(registered));
    }

    private static boolean met(MeritVerdict verdict, String rule) {
        return verdict.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().map(Finding::met)
                .orElseThrow(() -> new AssertionError("no finding " + rule));
    }

    @Nested
    class CurriculumPoints {

        @ParameterizedTest(name = "average {0} -> {1} points")
        @CsvSource({
                "18, 66.00", "30, 110.00", "26, 95.33", "27, 99.00", "28.1, 103.03",
                "27.045, 99.17",   // exactly 99.165: half up, where binary floating point would give 99.16
                "27.015, 99.06",
                "29.999, 110.00"})
        void averageTimes110Over30RoundedHalfUp(String average, String points) {
            assertEquals(new BigDecimal(points), linear.evaluate(input(average, 150, "0", false, null)).curriculumPoints());
        }

        @Test
        void configMayReplaceTheMappingWithStraightLinesBetweenPoints() {
            MeritPolicy steeper = new MeritPolicy(List.of(
                    new MeritPoint(BigDecimal.valueOf(18), BigDecimal.valueOf(60)),
                    new MeritPoint(BigDecimal.valueOf(24), BigDecimal.valueOf(80)),
                    new MeritPoint(BigDecimal.valueOf(30), BigDecimal.valueOf(110))));
            MeritCalculator calculator = new MeritCalculator(steeper);
            assertEquals(new BigDecimal("70.00"), calculator.evaluate(input("21", 150, "0", false, null)).curriculumPoints());
            assertEquals(new BigDecimal("80.00"), calculator.evaluate(input("24", 150, "0", false, null)).curriculumPoints());
            assertEquals(new BigDecimal("95.00"), calculator.evaluate(input("27", 150, "0", false, null)).curriculumPoints());
        }
    }

    @Nested
    class Eligibility {

        @ParameterizedTest(name = "average {0} + portfolio {1} -> total {2}, minimum met {3}")
        @CsvSource({
                "27, 1, 100.00, true",      // exactly 100
                "27, 0.99, 99.99, false",
                "27, 0, 99.00, false",
                "26, 8, 103.33, true"})
        void totalOfAtLeast100(String average, String portfolio, String total, boolean met) {
            MeritVerdict verdict = linear.evaluate(input(average, 150, portfolio, false, null));
            assertEquals(new BigDecimal(total), verdict.total());
            assertEquals(met, met(verdict, "minimum-score"));
            assertEquals(met, verdict.eligible());
        }

        @ParameterizedTest(name = "{0} credits -> met {1}")
        @CsvSource({"145, true", "144, false", "180, true"})
        void atLeast145Credits(int credits, boolean met) {
            MeritVerdict verdict = linear.evaluate(input("28", credits, "10", false, null));
            assertEquals(met, met(verdict, "minimum-credits"));
            assertEquals(met, verdict.eligible());
        }

        @ParameterizedTest(name = "graduating {0}, credits {1}, registered {2} -> met {3}")
        @CsvSource({
                "true, 180, 172, true",
                "true, 180, 171, false",
                "true, 171, , false",      // registered credits default to the credits of the average
                "true, 172, , true",
                "false, 150, 100, true"})  // the rule is only for Politecnico graduating students
        void graduatingStudentsNeed172RegisteredCredits(boolean graduating, int credits, Integer registered, boolean met) {
            MeritVerdict verdict = linear.evaluate(input("28", credits, "10", graduating, registered));
            assertEquals(met, met(verdict, "graduating-registered-credits"));
            assertEquals(met, verdict.eligible());
        }

        @Test
        void everyFindingCitesItsSectionAndTheScoreIsCalledAnEstimate() {
            MeritVerdict verdict = linear.evaluate(input("20", 100, "0", true, 100));
            assertEquals(List.of("1.3.2", "1.3.2", "1.6"), verdict.findings().stream().map(Finding::section).toList());
            assertTrue(verdict.findings().stream().noneMatch(Finding::met));
            assertTrue(verdict.findings().get(0).detail().contains("estimate"));
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "weightedAverage, 17.9, 150, 0", "weightedAverage, 30.5, 150, 0",
            "credits, 28, -1, 0", "portfolioPoints, 28, 150, 20.5", "portfolioPoints, 28, 150, -1"})
    void outOfRangeIsRefusedNamingTheField(String field, String average, int credits, String portfolio) {
        assertEquals(field, assertThrows(InvalidInputException.class,
                () -> input(average, credits, portfolio, false, null)).field());
    }
}
