package it.polimi.auic.advisor.calc.gparam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GParamCalculatorTest {

    private final GParamCalculator calculator = new GParamCalculator(GParamPolicy.defaults());

    /** "28x8 30Lx12" as exams. */
    private static GParamInput exams(String list) {
        List<Exam> exams = new ArrayList<>();
        for (String exam : list.split(" ")) {
            String[] parts = exam.split("x");
            boolean honours = parts[0].endsWith("L");
            exams.add(new Exam(Integer.parseInt(parts[0].replace("L", "")), Integer.parseInt(parts[1]), honours));
        }
        return new GParamInput(exams);
    }

    @ParameterizedTest(name = "{0} -> G {1}, average {2}, credits {3}")
    @CsvSource({
            "18x6 27x10, 378, 23.63, 16",     // 23.625: half up
            "28x8 30Lx12 25x6, 734, 28.23, 26",
            "30x1, 30, 30.00, 1",
            "18x60, 1080, 18.00, 60",
            "27x6 28x6 29x6, 504, 28.00, 18"})
    void sumOfGradeTimesCredits(String list, int g, String average, int credits) {
        GParamVerdict verdict = calculator.evaluate(exams(list));
        assertEquals(0, BigDecimal.valueOf(g).compareTo(verdict.g()));
        assertEquals(new BigDecimal(average), verdict.weightedAverage());
        assertEquals(credits, verdict.credits());
        assertEquals("6.1", verdict.findings().get(0).section());
    }

    @Test
    void honoursCountAsConfigured() {
        GParamCalculator generous = new GParamCalculator(new GParamPolicy(BigDecimal.valueOf(31)));
        GParamVerdict verdict = generous.evaluate(exams("30Lx10 30x10"));
        assertEquals(0, BigDecimal.valueOf(610).compareTo(verdict.g()));
        assertEquals(new BigDecimal("30.50"), verdict.weightedAverage());
        assertTrue(verdict.findings().stream().anyMatch(f -> f.rule().equals("honours-value") && f.detail().contains("31")));
    }

    @ParameterizedTest(name = "{0}x{1} honours={2} refused on {3}")
    @CsvSource({"17, 6, false, grade", "31, 6, false, grade", "28, 0, false, credits", "28, 61, false, credits",
            "28, 6, true, honours"})
    void impossibleExamsAreRefused(int grade, int credits, boolean honours, String field) {
        assertEquals(field, assertThrows(InvalidInputException.class, () -> new Exam(grade, credits, honours)).field());
    }

    @Test
    void anEmptyListIsRefused() {
        assertEquals("exams", assertThrows(InvalidInputException.class, () -> new GParamInput(List.of())).field());
    }
}
