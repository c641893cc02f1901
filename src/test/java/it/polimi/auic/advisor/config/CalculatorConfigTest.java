package it.polimi.auic.advisor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.admission.NvThreshold;
import it.polimi.auic.advisor.calc.studio.DateStatus;
import it.polimi.auic.advisor.calc.studio.ExamSchedule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalculatorConfigTest {

    private static final Path SHIPPED = Path.of("config");

    @TempDir
    Path dir;

    @Test
    void theShippedConfigCarriesTheRegulationsValues() {
        CalculatorConfig config = CalculatorConfig.load(SHIPPED);
        NvThreshold old = config.admission().thresholdFor(AcademicYear.parse("2005/06").orElseThrow()).orElseThrow();
        NvThreshold current = config.admission().thresholdFor(AcademicYear.parse("2023/24").orElseThrow()).orElseThrow();
        assertEquals(104, old.credits());
        assertEquals(0, BigDecimal.valueOf(25).compareTo(old.average()));
        assertEquals(104, current.credits());
        assertEquals(0, BigDecimal.valueOf(27).compareTo(current.average()));
        assertTrue(config.admission().thresholdFor(AcademicYear.parse("2002/03").orElseThrow()).isEmpty());
        assertTrue(config.admission().compliantClasses().contains("L-17"));
        assertTrue(config.admission().excludedClasses().containsAll(java.util.Set.of("L-21", "L-23")));
        assertTrue(config.admission().isDebitException("Architecture and Building Production"));
        assertEquals(0, BigDecimal.valueOf(30).compareTo(config.gparam().honoursValue()));
        assertEquals(0, new BigDecimal("110").compareTo(config.merit().pointsFor(BigDecimal.valueOf(30))));
    }

    @Test
    void theShippedCalendarCoversThisYearAndTheNextTwoMarkedForStaffToConfirm() {
        CalculatorConfig config = CalculatorConfig.load(SHIPPED);
        AcademicYear current = AcademicYear.containing(LocalDate.of(2026, 11, 22), config.academicYearStart());
        for (AcademicYear year : new AcademicYear[] {current, current.next(), current.next().next()}) {
            ExamSchedule schedule = config.calendar().sessionsOf(year);
            assertEquals(DateStatus.TO_BE_CONFIRMED, schedule.status(), year.toString());
            assertEquals(3, schedule.sessions().size());
            // The School's pattern: January–February, June–July, late August–September of the second calendar year.
            assertEquals(year.endYear(), schedule.last().ends().getYear());
            assertEquals(9, schedule.last().ends().getMonthValue());
            assertTrue(schedule.sessions().get(0).starts().getMonthValue() == 1);
        }
        assertEquals(DateStatus.INDICATIVE, config.calendar().sessionsOf(current.next().next().next()).status());
        assertEquals(MonthDay.of(9, 15), config.academicYearStart());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "calculators.json|\"09-15\"|\"09-31\"|academicYearStart|09-31",
            "calculators.json|\"toYear\": \"2009/10\"|\"toYear\": \"2009/11\"|admission.nvThresholds[0].toYear|2009/11",
            "calculators.json|\"fromYear\": \"2010/11\"|\"fromYear\": \"2008/09\"|admission.nvThresholds[1].fromYear|2008/09",
            "calculators.json|\"average\": 27 |\"average\": 31 |admission.nvThresholds[1].average|31",
            "calculators.json|\"credits\": 104, \"average\": 27|\"credits\": 104.5, \"average\": 27|nvThresholds|104.5",
            "calculators.json|[\"L-17\"]|[\"L-17\", \"L-21\"]|admission.compliantClasses|L-21",
            "calculators.json|[\"L-17\"]|[\"classe 17\"]|admission.compliantClasses[0]|classe 17",
            "calculators.json|\"honoursValue\": 30|\"honoursValue\": 29|gparam.honoursValue|29",
            "calculators.json|{ \"average\": 30, \"points\": 110 }|{ \"average\": 29, \"points\": 110 }|merit.curriculumPoints[1].average|30",
            "calculators.json|{ \"average\": 30, \"points\": 110 }|{ \"average\": 30, \"points\": 60 }|merit.curriculumPoints[1].points|60",
            "calculators.json|\"gparam\": {|\"colour\": 1, \"gparam\": {|colour|colour",
            "academic-calendar.json|\"2027-02-20\"|\"2027-02-30\"|years[0].sessions[0].ends|2027-02-30",
            "academic-calendar.json|\"2027-06-14\"|\"2027-02-10\"|years[0].sessions[1].starts|2027-02-10",
            "academic-calendar.json|\"2028/29\"|\"2027/28\"|years[2].academicYear|2027/28",
            "academic-calendar.json|\"2028/29\"|\"2028/30\"|years[2].academicYear|2028/30",
            "academic-calendar.json|\"usualEnd\": \"09-12\"|\"usualEnd\": \"02-29\"|sessions[2].usualEnd|02-29",
            "academic-calendar.json|\"confirmed\": false|\"confirmed\": \"no\"|confirmed|no",
            "academic-calendar.json|\"2029-09-15\"|\"2030-09-15\"|years[2].sessions[2]|2030-09-15"})
    void aBadValueIsRefusedNamingFileKeyAndValue(String file, String original, String replacement, String key, String value)
            throws IOException {
        copyShipped();
        Path target = dir.resolve(file);
        String text = Files.readString(target);
        assertTrue(text.contains(original), "fixture text not found: " + original);
        Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(original), replacement));
        ConfigException e = assertThrows(ConfigException.class, () -> CalculatorConfig.load(dir));
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertTrue(e.getMessage().contains(key), e.getMessage());
        assertTrue(e.getMessage().contains(value), e.getMessage());
        PlainWords.assertPlain(e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        copyShipped();
        Files.delete(dir.resolve(CalculatorConfig.CALENDAR_FILE));
        ConfigException e = assertThrows(ConfigException.class, () -> CalculatorConfig.load(dir));
        assertTrue(e.getMessage().contains("academic-calendar.json") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void aDuplicateKeyIsRefused() throws IOException {
        copyShipped();
        Path target = dir.resolve(CalculatorConfig.CALCULATORS_FILE);
        Files.writeString(target, Files.readString(target).replace("\"academicYearStart\": \"09-15\",",
                "\"academicYearStart\": \"09-15\", \"academicYearStart\": \"09-16\","));
        ConfigException e = assertThrows(ConfigException.class, () -> CalculatorConfig.load(dir));
        assertTrue(e.getMessage().contains("academicYearStart"), e.getMessage());
        PlainWords.assertPlain(e.getMessage());
    }

    @Test
    void theWholeConfigLoadsThroughAdvisorConfig() {
        assertEquals(CalculatorConfig.load(SHIPPED).academicYearStart(), AdvisorConfig.load(SHIPPED).calculators().academicYearStart());
    }

    private void copyShipped() throws IOException {
        for (String file : new String[] {CalculatorConfig.CALCULATORS_FILE, CalculatorConfig.CALENDAR_FILE}) {
            Files.copy(SHIPPED.resolve(file), dir.resolve(file));
        }
    }
}
