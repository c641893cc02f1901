package it.polimi.auic.advisor.calc.studio;

import it.polimi.auic.advisor.calc.AcademicYear;
import java.util.List;

/**
 * The exam sessions of each academic year (programme rules, section 9.1: three per year, dates set by the
 * School's academic calendar): the years staff entered in config, and the usual pattern for any other year.
 */
public record AcademicCalendar(List<CalendarYear> years, List<UsualSession> usualSessions) {

    public AcademicCalendar {
        years = List.copyOf(years);
        usualSessions = List.copyOf(usualSessions);
        if (usualSessions.isEmpty()) {
            throw new IllegalArgumentException("the usual pattern needs at least one session");
        }
    }

    public ExamSchedule sessionsOf(AcademicYear year) {
        for (CalendarYear entered : years) {
            if (entered.year().equals(year)) {
                return new ExamSchedule(year, entered.sessions(),
                        entered.confirmed() ? DateStatus.CONFIRMED : DateStatus.TO_BE_CONFIRMED);
            }
        }
        List<ExamSession> usual = usualSessions.stream().map(s -> s.in(year.endYear())).toList();
        return new ExamSchedule(year, usual, DateStatus.INDICATIVE);
    }
}
