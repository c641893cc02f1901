package it.polimi.auic.advisor.calc.studio;

import static it.polimi.auic.advisor.calc.Citation.EXAMINATIONS;
import static it.polimi.auic.advisor.calc.Citation.STUDIO_ATTENDANCE;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * Studio attendance and its exam window (programme rules, section 5.4.1): at least 70% of the hours, and the exam
 * within the three sessions of the following academic year, or the studio is attended again.
 */
public final class StudioCalculator {

    public static final BigDecimal MIN_ATTENDANCE_PERCENT = Decimals.of(70);

    private final AcademicCalendar calendar;

    public StudioCalculator(AcademicCalendar calendar) {
        this.calendar = calendar;
    }

    public StudioVerdict evaluate(StudioInput in) {
        boolean acquired = in.attendance().atLeast(MIN_ATTENDANCE_PERCENT);
        BigDecimal percent = Decimals.round2(in.attendance().percent());
        AcademicYear window = in.attendanceAcademicYear().next();
        ExamSchedule schedule = calendar.sessionsOf(window);
        ExamSession last = schedule.last();
        boolean expired = in.asOf().isAfter(last.ends());
        List<Finding> findings = List.of(
                attendance(percent, acquired),
                StudioWindowFindings.window(in, schedule, expired, acquired),
                registration(acquired, expired));
        return new StudioVerdict(percent, acquired, window, last, schedule.status(), expired,
                !acquired || expired, findings);
    }

    private static Finding attendance(BigDecimal percent, boolean acquired) {
        return Finding.of("attendance-70-percent", acquired, STUDIO_ATTENDANCE,
                acquired ? "You attended " + Decimals.show(percent) + "% of the studio hours, at least the compulsory 70%."
                        : "You attended " + Decimals.show(percent) + "% of the studio hours; at least 70% is compulsory, so the studio must be attended again.",
                acquired ? "Hai frequentato il " + Decimals.showIt(percent) + "% delle ore del laboratorio, almeno il 70% obbligatorio."
                        : "Hai frequentato il " + Decimals.showIt(percent) + "% delle ore del laboratorio; il 70% è obbligatorio, quindi va frequentato di nuovo.");
    }

    private static Finding registration(boolean acquired, boolean expired) {
        boolean met = acquired && !expired;
        String en;
        String it;
        if (met) {
            en = "You can register for the exam in those sessions through Online Services, within each registration deadline.";
            it = "Puoi iscriverti all'esame in quegli appelli dai Servizi Online, entro la scadenza di ciascuna iscrizione.";
        } else if (!acquired) {
            en = "You cannot register for the exam: registration requires the compulsory attendance.";
            it = "Non puoi iscriverti all'esame: l'iscrizione richiede la frequenza obbligatoria.";
        } else {
            en = "You can no longer register for this exam: re-enter the studio in your study plan and attend it again.";
            it = "Non puoi più iscriverti a questo esame: reinserisci il laboratorio nel piano di studi e frequentalo di nuovo.";
        }
        return Finding.of("exam-registration", met, EXAMINATIONS, en, it);
    }
}
