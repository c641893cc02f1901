package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.studio.Attendance;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a student has told the studio conversation so far; each answer is empty until given.
 *
 * @param year       the academic year the studio was attended in
 * @param attendance how much of it was attended
 * @param asOf       the day to judge the deadline on, only ever pasted ({@code asof=}); today otherwise
 */
record StudioAnswers(Optional<AcademicYear> year, Optional<Attendance> attendance, Optional<LocalDate> asOf) {

    static final StudioAnswers NONE = new StudioAnswers(Optional.empty(), Optional.empty(), Optional.empty());

    StudioAnswers withYear(Optional<AcademicYear> value) {
        return new StudioAnswers(value, attendance, asOf);
    }

    StudioAnswers withAttendance(Optional<Attendance> value) {
        return new StudioAnswers(year, value, asOf);
    }

    StudioAnswers withAsOf(Optional<LocalDate> value) {
        return new StudioAnswers(year, attendance, value);
    }
}
