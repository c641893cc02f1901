package it.polimi.auic.advisor.config;

import it.polimi.auic.advisor.calc.admission.AdmissionPolicy;
import it.polimi.auic.advisor.calc.gparam.GParamPolicy;
import it.polimi.auic.advisor.calc.merit.MeritPolicy;
import it.polimi.auic.advisor.calc.studio.AcademicCalendar;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The calculators' values that staff update from year to year, from {@code config/calculators.json} and
 * {@code config/academic-calendar.json}; loaded once, validated, immutable.
 *
 * @param academicYearStart the day each academic year starts (the default enrolment day; the "current" year)
 * @param admission         N/V table, compliant and excluded BSc classes, the debit exception (section 1.3.1)
 * @param merit             the mapping from weighted average to curriculum points (section 1.3.2)
 * @param gparam            the value of honours in parameter G (section 6.1)
 * @param calendar          the exam sessions of each academic year (sections 5.4.1 and 9.1)
 */
public record CalculatorConfig(
        MonthDay academicYearStart,
        AdmissionPolicy admission,
        MeritPolicy merit,
        GParamPolicy gparam,
        AcademicCalendar calendar) {

    public static final String CALCULATORS_FILE = "calculators.json";
    public static final String CALENDAR_FILE = "academic-calendar.json";

    public CalculatorConfig {
        Objects.requireNonNull(academicYearStart, "academicYearStart");
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(merit, "merit");
        Objects.requireNonNull(gparam, "gparam");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** Loads and validates both files; throws {@link ConfigException} naming the file, key and value at fault. */
    public static CalculatorConfig load(Path configDir) {
        CalculatorSettingsFile settings = CalculatorSettingsFile.read(configDir.resolve(CALCULATORS_FILE));
        AcademicCalendar calendar = CalendarFile.read(configDir.resolve(CALENDAR_FILE));
        return new CalculatorConfig(settings.academicYearStart(), settings.admission(), settings.merit(),
                settings.gparam(), calendar);
    }
}
