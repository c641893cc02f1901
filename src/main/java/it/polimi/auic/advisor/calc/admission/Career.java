package it.polimi.auic.advisor.calc.admission;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The BSc career facts that decide automatic admission. Only needed when the class and the university leave
 * automatic admission possible; the chat does not ask for them otherwise.
 *
 * @param enrolmentAcademicYear academic year of initial enrolment in the BSc
 * @param enrolmentDate         the day of initial enrolment, when known
 * @param graduationDate        actual or expected graduation day
 * @param creditsByCheckDate    N: ECTS credits earned by the check date
 * @param averageByCheckDate    V: weighted average by the check date
 * @param englishCertified      English certification held by the deadline
 */
public record Career(
        AcademicYear enrolmentAcademicYear,
        Optional<LocalDate> enrolmentDate,
        LocalDate graduationDate,
        int creditsByCheckDate,
        BigDecimal averageByCheckDate,
        boolean englishCertified) {

    /** More credits than two full degrees is a typing mistake, not a career. */
    public static final int MAX_CREDITS = 360;
    public static final BigDecimal MIN_AVERAGE = Decimals.of(18);
    public static final BigDecimal MAX_AVERAGE = Decimals.of(30);

    public Career {
        Objects.requireNonNull(enrolmentAcademicYear, "enrolmentAcademicYear");
        Objects.requireNonNull(enrolmentDate, "enrolmentDate");
        Objects.requireNonNull(graduationDate, "graduationDate");
        Objects.requireNonNull(averageByCheckDate, "averageByCheckDate");
        if (creditsByCheckDate < 0 || creditsByCheckDate > MAX_CREDITS) {
            throw new InvalidInputException("creditsByCheckDate",
                    "must be a whole number from 0 to " + MAX_CREDITS + ", got " + creditsByCheckDate);
        }
        if (!Decimals.between(averageByCheckDate, MIN_AVERAGE, MAX_AVERAGE)) {
            throw new InvalidInputException("averageByCheckDate",
                    "must be between 18 and 30, got " + Decimals.show(averageByCheckDate));
        }
        enrolmentDate.ifPresent(day -> {
            if (!isPlausibleEnrolmentDay(enrolmentAcademicYear, day)) {
                throw new InvalidInputException("enrolmentDate", day + " does not fall in or near the academic year "
                        + enrolmentAcademicYear + " (expected a day in " + enrolmentAcademicYear.startYear()
                        + " or " + enrolmentAcademicYear.endYear() + ")");
            }
            if (graduationDate.isBefore(day)) {
                throw new InvalidInputException("graduationDate",
                        graduationDate + " is before the enrolment day " + day);
            }
        });
        if (graduationDate.getYear() < enrolmentAcademicYear.startYear()) {
            throw new InvalidInputException("graduationDate",
                    graduationDate + " is before the enrolment year " + enrolmentAcademicYear);
        }
    }

    /** Enrolment in 2020/21 happens in 2020 (usually July to October) or, late, in 2021. */
    public static boolean isPlausibleEnrolmentDay(AcademicYear year, LocalDate day) {
        return day.getYear() == year.startYear() || day.getYear() == year.endYear();
    }
}
