package it.polimi.auic.advisor.calc.studio;

import it.polimi.auic.advisor.calc.AcademicYear;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A studio attended and the day the question is asked on.
 *
 * @param attendanceAcademicYear the academic year the studio was attended in
 * @param attendance             how much of it was attended
 * @param asOf                   the day to judge expiry on (the CLI and the chat pass today from their clock)
 */
public record StudioInput(AcademicYear attendanceAcademicYear, Attendance attendance, LocalDate asOf) {

    public StudioInput {
        Objects.requireNonNull(attendanceAcademicYear, "attendanceAcademicYear");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(asOf, "asOf");
    }
}
