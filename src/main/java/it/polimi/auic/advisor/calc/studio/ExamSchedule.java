package it.polimi.auic.advisor.calc.studio;

import it.polimi.auic.advisor.calc.AcademicYear;
import java.util.List;

/** The sessions of one academic year and how far their dates can be trusted. */
public record ExamSchedule(AcademicYear year, List<ExamSession> sessions, DateStatus status) {

    public ExamSchedule {
        sessions = List.copyOf(sessions);
    }

    public ExamSession last() {
        return sessions.get(sessions.size() - 1);
    }
}
