package it.polimi.auic.advisor.calc.studio;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a studio's attendance counts and until when its exam can be taken.
 *
 * @param attendancePercent  the share attended, 2 decimals
 * @param attendanceAcquired at least 70% attended
 * @param examWindow         the academic year after the attendance year, whose three sessions are the window
 * @param lastSession        the third session of that year
 * @param dateStatus         how far the last session's dates can be trusted
 * @param expired            the day asked about is after the last session ends
 * @param mustReattend       attendance not acquired, or expired
 * @param findings           one per rule checked
 */
public record StudioVerdict(
        BigDecimal attendancePercent,
        boolean attendanceAcquired,
        AcademicYear examWindow,
        ExamSession lastSession,
        DateStatus dateStatus,
        boolean expired,
        boolean mustReattend,
        List<Finding> findings) {

    public StudioVerdict {
        findings = List.copyOf(findings);
    }
}
