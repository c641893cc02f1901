package it.polimi.auic.advisor.calc.alliance;

import static it.polimi.auic.advisor.calc.alliance.Site.ETSAM;
import static it.polimi.auic.advisor.calc.alliance.Site.POLIMI;
import static it.polimi.auic.advisor.calc.alliance.Site.TU_BERLIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.Finding;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Alliance4TechCalculatorTest {

    private final Alliance4TechCalculator calculator = new Alliance4TechCalculator();

    private static List<Site> plan(String sites) {
        return Arrays.stream(sites.split(" ")).map(Site::valueOf).toList();
    }

    private static AllianceInput input(ApplicationCall call, String sites, int berlin, int madrid, int polimi) {
        return new AllianceInput(call, plan(sites),
                Map.of(TU_BERLIN, BigDecimal.valueOf(berlin), ETSAM, BigDecimal.valueOf(madrid)), polimi);
    }

    private static Map<String, Boolean> results(AllianceVerdict verdict) {
        return verdict.findings().stream().collect(Collectors.toMap(Finding::rule, Finding::met));
    }

    @ParameterizedTest(name = "{0}: {1} -> scheme allowed {2}")
    @CsvSource({
            "BSC3_WINTER, POLIMI TU_BERLIN ETSAM POLIMI, true",
            "BSC3_WINTER, POLIMI POLIMI ETSAM TU_BERLIN, true",
            "BSC3_SPRING, POLIMI ETSAM TU_BERLIN POLIMI, true",
            "BSC3_SPRING, POLIMI POLIMI TU_BERLIN ETSAM, true",
            "MSC1_WINTER, POLIMI POLIMI TU_BERLIN ETSAM, true",
            "MSC1_WINTER, POLIMI TU_BERLIN ETSAM POLIMI, false",   // applied in the MSc: second year only
            "MSC1_SPRING, POLIMI POLIMI POLIMI TU_BERLIN ETSAM, true",
            "MSC1_SPRING, POLIMI POLIMI TU_BERLIN ETSAM, false",   // the spring MSc call needs a fifth semester
            "BSC3_WINTER, POLIMI POLIMI POLIMI TU_BERLIN ETSAM, false",
            "BSC3_WINTER, TU_BERLIN POLIMI POLIMI ETSAM, false"})
    void schemeOfTheCall(ApplicationCall call, String sites, boolean allowed) {
        AllianceVerdict verdict = calculator.evaluate(input(call, sites, 15, 15, 60));
        assertEquals(allowed, results(verdict).get("mobility-scheme"));
        assertEquals(allowed, verdict.valid());
    }

    @Test
    void firstSemesterAbroadAndTwoAtOnePartnerAreEachReported() {
        AllianceVerdict verdict = calculator.evaluate(input(ApplicationCall.BSC3_WINTER, "ETSAM ETSAM POLIMI POLIMI", 0, 40, 60));
        Map<String, Boolean> results = results(verdict);
        assertFalse(results.get("first-semester-at-polimi"));
        assertFalse(results.get("one-semester-at-each-partner"));
        assertFalse(results.get("mobility-scheme"));
        assertTrue(results.get("credits-abroad-total"));
        assertFalse(results.get("credits-at-each-partner"));
        assertTrue(results.get("polimi-teaching-credits"));
        assertFalse(verdict.valid());
    }

    @ParameterizedTest(name = "Berlin {0} + Madrid {1}, Polimi {2} -> total {3}, each {4}, Polimi {5}")
    @CsvSource({
            "10, 20, 60, true, true, true",     // exactly 30 abroad, exactly 10 at one partner, exactly 60 at home
            "15, 15, 60, true, true, true",
            "10, 19, 60, false, true, true",
            "9, 25, 60, true, false, true",
            "20, 10, 59, true, true, false",
            "30, 0, 60, true, false, true"})
    void creditRules(int berlin, int madrid, int polimi, boolean total, boolean each, boolean home) {
        AllianceVerdict verdict = calculator.evaluate(input(ApplicationCall.MSC1_WINTER, "POLIMI POLIMI TU_BERLIN ETSAM",
                berlin, madrid, polimi));
        Map<String, Boolean> results = results(verdict);
        assertEquals(total, results.get("credits-abroad-total"));
        assertEquals(each, results.get("credits-at-each-partner"));
        assertEquals(home, results.get("polimi-teaching-credits"));
        assertEquals(total && each && home, verdict.valid());
    }

    @Test
    void aPartnerLeftOutOfTheCreditsCountsAsZero() {
        AllianceInput onlyMadrid = new AllianceInput(ApplicationCall.MSC1_WINTER, plan("POLIMI POLIMI TU_BERLIN ETSAM"),
                Map.of(ETSAM, BigDecimal.valueOf(40)), 60);
        assertFalse(results(calculator.evaluate(onlyMadrid)).get("credits-at-each-partner"));
    }

    @Test
    void citationsPointAtTheMobilityPage() {
        AllianceVerdict verdict = calculator.evaluate(input(ApplicationCall.MSC1_WINTER, "POLIMI POLIMI TU_BERLIN ETSAM", 15, 15, 60));
        assertTrue(verdict.findings().stream().allMatch(f -> f.document().equals("mobility")));
        assertEquals("alliance4tech-when-to-apply", verdict.findings().stream()
                .filter(f -> f.rule().equals("mobility-scheme")).findFirst().orElseThrow().section());
    }

    @Test
    void badInputNamesTheField() {
        assertEquals("semesters", assertThrows(InvalidInputException.class,
                () -> new AllianceInput(ApplicationCall.MSC1_WINTER, List.of(), Map.of(), 60)).field());
        assertEquals("creditsAbroad", assertThrows(InvalidInputException.class,
                () -> new AllianceInput(ApplicationCall.MSC1_WINTER, List.of(POLIMI), Map.of(POLIMI, BigDecimal.ONE), 60)).field());
        assertEquals("creditsAbroad.ETSAM", assertThrows(InvalidInputException.class,
                () -> new AllianceInput(ApplicationCall.MSC1_WINTER, List.of(POLIMI), Map.of(ETSAM, BigDecimal.valueOf(-1)), 60)).field());
        assertEquals("polimiTeachingCredits", assertThrows(InvalidInputException.class,
                () -> new AllianceInput(ApplicationCall.MSC1_WINTER, List.of(POLIMI), Map.of(), -1)).field());
    }
}
