package it.polimi.auic.advisor.calc.admission;

import it.polimi.auic.advisor.calc.Finding;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Automatic admission of Politecnico graduates (programme rules, section 1.3.1): checks every condition and
 * says which outcome follows. Everyone not automatically entitled is assessed on merit (section 1.3.2).
 */
public final class AdmissionCalculator {

    private final AdmissionPolicy policy;

    public AdmissionCalculator(AdmissionPolicy policy) {
        this.policy = policy;
    }

    /**
     * @throws IllegalArgumentException when the career is missing although automatic admission is still possible
     */
    public AdmissionVerdict evaluate(AdmissionInput in) {
        List<Finding> findings = new ArrayList<>();
        findings.add(AdmissionFindings.politecnico(in.polimiBachelor()));
        ClassCheck classCheck = checkClass(in);
        Optional<LocalDate> checkDate = Optional.empty();
        Optional<NvThreshold> threshold = Optional.empty();
        boolean careerMet = false;
        if (in.career().isPresent()) {
            Career career = in.career().get();
            LocalDate enrolled = enrolmentDay(career);
            LocalDate check = LocalDate.of(enrolled.getYear() + 2, Month.OCTOBER, 10);
            checkDate = Optional.of(check);
            threshold = policy.thresholdFor(career.enrolmentAcademicYear());
            List<Finding> careerFindings = new ArrayList<>();
            careerFindings.add(AdmissionFindings.withinFourYears(career, enrolled, policy.academicYearStart()));
            careerFindings.addAll(AdmissionFindings.nv(career, check, threshold));
            careerFindings.add(AdmissionFindings.english(career.englishCertified()));
            careerMet = careerFindings.stream().allMatch(Finding::met);
            findings.addAll(careerFindings);
        }
        findings.add(classCheck.finding());
        return new AdmissionVerdict(outcome(in, classCheck, careerMet), checkDate, threshold, findings);
    }

    /** The enrolment day, or the start of the enrolment year when the student did not give it. */
    public LocalDate enrolmentDay(Career career) {
        return career.enrolmentDate()
                .orElseGet(() -> policy.academicYearStart().atYear(career.enrolmentAcademicYear().startYear()));
    }

    private AdmissionOutcome outcome(AdmissionInput in, ClassCheck classCheck, boolean careerMet) {
        if (classCheck.status() == ClassStatus.EXCLUDED || classCheck.status() == ClassStatus.NOT_LISTED) {
            return AdmissionOutcome.NOT_ADMISSIBLE;
        }
        if (!in.polimiBachelor()) {
            return AdmissionOutcome.MERIT_ASSESSMENT;
        }
        if (in.career().isEmpty()) {
            throw new IllegalArgumentException("the career is needed to decide on automatic admission");
        }
        if (!careerMet) {
            return AdmissionOutcome.MERIT_ASSESSMENT;
        }
        return classCheck.status() == ClassStatus.DEBIT_EXCEPTION
                ? AdmissionOutcome.AUTOMATIC_WITH_DEBITS : AdmissionOutcome.AUTOMATIC;
    }

    /** Whether the class (or, failing that, the exception programme) gives access, before any career question. */
    public ClassCheck checkClass(AdmissionInput in) {
        String bsc = in.bachelorClass();
        ClassStatus status;
        if (policy.compliantClasses().contains(bsc)) {
            status = ClassStatus.COMPLIANT;
        } else if (in.polimiBachelor() && in.bachelorProgramme().filter(policy::isDebitException).isPresent()) {
            status = ClassStatus.DEBIT_EXCEPTION;
        } else if (policy.excludedClasses().contains(bsc)) {
            status = ClassStatus.EXCLUDED;
        } else {
            status = ClassStatus.NOT_LISTED;
        }
        return new ClassCheck(status, AdmissionFindings.degreeClass(bsc, status, policy));
    }

    /** How the BSc class relates to this programme. */
    public enum ClassStatus { COMPLIANT, DEBIT_EXCEPTION, EXCLUDED, NOT_LISTED }

    /** The class status and the finding that explains it. */
    public record ClassCheck(ClassStatus status, Finding finding) {
        public boolean admissible() {
            return status == ClassStatus.COMPLIANT || status == ClassStatus.DEBIT_EXCEPTION;
        }
    }
}
