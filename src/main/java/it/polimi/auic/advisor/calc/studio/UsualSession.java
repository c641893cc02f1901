package it.polimi.auic.advisor.calc.studio;

import java.time.MonthDay;
import java.util.Objects;

/**
 * One session of the School's usual pattern, used for the years the calendar in config does not list. Its days
 * fall in the academic year's second calendar year (January–February, June–July, late August–September).
 */
public record UsualSession(String name, String nameIt, MonthDay starts, MonthDay ends) {

    public UsualSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameIt, "nameIt");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
    }

    ExamSession in(int calendarYear) {
        return new ExamSession(name, nameIt, starts.atYear(calendarYear), ends.atYear(calendarYear));
    }
}
