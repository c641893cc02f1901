package it.polimi.auic.advisor.calc;

import it.polimi.auic.advisor.calc.admission.AdmissionPolicy;
import it.polimi.auic.advisor.calc.admission.NvThreshold;
import it.polimi.auic.advisor.calc.gparam.GParamPolicy;
import it.polimi.auic.advisor.calc.merit.MeritPolicy;
import it.polimi.auic.advisor.calc.studio.AcademicCalendar;
import it.polimi.auic.advisor.calc.studio.CalendarYear;
import it.polimi.auic.advisor.calc.studio.ExamSession;
import it.polimi.auic.advisor.calc.studio.UsualSession;
import it.polimi.auic.advisor.config.CalculatorConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The regulation's values as the tests know them, independent of what staff later put in {@code config/}:
 * N/V 104/25 and 104/27, L-17 compliant, academic years starting 15 September, and a calendar that lists
 * 2026/27 only (confirmed), so that other years fall back to the usual pattern.
 */
public final class CalcFixtures {

    public static final ZoneId MILAN = ZoneId.of("Europe/Rome");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private CalcFixtures() {
    }

    public static AcademicYear year(String text) {
        return AcademicYear.parse(text).orElseThrow();
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(MILAN).plusHours(10).toInstant(), MILAN);
    }

    public static AdmissionPolicy admissionPolicy() {
        return new AdmissionPolicy(
                List.of(new NvThreshold(year("2003/04"), Optional.of(year("2009/10")), 104, BigDecimal.valueOf(25)),
                        new NvThreshold(year("2010/11"), Optional.empty(), 104, BigDecimal.valueOf(27))),
                Set.of("L-17"), Set.of("L-21", "L-23"),
                List.of("Architecture and Building Production", "Architettura e Produzione Edilizia"),
                MonthDay.of(9, 15));
    }

    public static AcademicCalendar calendar() {
        List<UsualSession> usual = List.of(
                new UsualSession("Winter session", "Sessione invernale", MonthDay.of(1, 8), MonthDay.of(2, 20)),
                new UsualSession("Summer session", "Sessione estiva", MonthDay.of(6, 10), MonthDay.of(7, 31)),
                new UsualSession("Autumn session", "Sessione autunnale", MonthDay.of(8, 24), MonthDay.of(9, 12)));
        CalendarYear listed = new CalendarYear(year("2026/27"), true, List.of(
                new ExamSession("Winter session", "Sessione invernale", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 20)),
                new ExamSession("Summer session", "Sessione estiva", LocalDate.of(2027, 6, 14), LocalDate.of(2027, 7, 31)),
                new ExamSession("Autumn session", "Sessione autunnale", LocalDate.of(2027, 8, 23), LocalDate.of(2027, 9, 11))));
        return new AcademicCalendar(List.of(listed), usual);
    }

    public static CalculatorConfig config() {
        return new CalculatorConfig(MonthDay.of(9, 15), admissionPolicy(), MeritPolicy.linear(), GParamPolicy.defaults(),
                calendar());
    }
}
