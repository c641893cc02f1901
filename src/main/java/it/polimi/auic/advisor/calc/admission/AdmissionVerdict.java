package it.polimi.auic.advisor.calc.admission;

import it.polimi.auic.advisor.calc.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The admission calculator's answer.
 *
 * @param outcome   what section 1.3.1 means for the graduate
 * @param checkDate the day N and V are checked on; empty when the career was not needed
 * @param threshold the N/V that applies; empty when no parameter is published for the enrolment year or the
 *                  career was not needed
 * @param findings  one per rule checked, in the regulation's order
 */
public record AdmissionVerdict(
        AdmissionOutcome outcome,
        Optional<LocalDate> checkDate,
        Optional<NvThreshold> threshold,
        List<Finding> findings) {

    public AdmissionVerdict {
        findings = List.copyOf(findings);
    }
}
