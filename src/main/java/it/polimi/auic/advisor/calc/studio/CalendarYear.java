package it.polimi.auic.advisor.calc.studio;

import it.polimi.auic.advisor.calc.AcademicYear;
import java.util.List;
import java.util.Objects;

/**
 * The exam sessions of one academic year, as staff entered them.
 *
 * @param year      the academic year
 * @param confirmed whether staff checked the dates against the published calendar
 * @param sessions  the three sessions, in order
 */
public record CalendarYear(AcademicYear year, boolean confirmed, List<ExamSession> sessions) {

    public CalendarYear {
        Objects.requireNonNull(year, "year");
        sessions = List.copyOf(sessions);
    }
}
