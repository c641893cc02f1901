package it.polimi.auic.advisor.calc.admission;

import it.polimi.auic.advisor.calc.AcademicYear;
import java.text.Normalizer;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The values of section 1.3.1 that the School may change from year to year (they live in {@code config/}).
 *
 * @param nvThresholds            N/V by enrolment years, in order, not overlapping
 * @param compliantClasses        BSc classes that give access (e.g. L-17)
 * @param excludedClasses         BSc classes the regulation names as excluded (L-21, L-23)
 * @param debitExceptionProgrammes names of the Politecnico BSc admitted with educational debits despite its class
 *                                ("Architecture and Building Production" and its Italian name)
 * @param academicYearStart       the day an academic year starts, used when the enrolment day is not given
 */
public record AdmissionPolicy(
        List<NvThreshold> nvThresholds,
        Set<String> compliantClasses,
        Set<String> excludedClasses,
        List<String> debitExceptionProgrammes,
        MonthDay academicYearStart) {

    public AdmissionPolicy {
        nvThresholds = List.copyOf(nvThresholds);
        compliantClasses = Set.copyOf(compliantClasses);
        excludedClasses = Set.copyOf(excludedClasses);
        debitExceptionProgrammes = List.copyOf(debitExceptionProgrammes);
        Objects.requireNonNull(academicYearStart, "academicYearStart");
    }

    public Optional<NvThreshold> thresholdFor(AcademicYear enrolment) {
        return nvThresholds.stream().filter(t -> t.covers(enrolment)).findFirst();
    }

    /** Whether a programme name is the exception's, ignoring case, accents and punctuation. */
    public boolean isDebitException(String programme) {
        String name = simplify(programme);
        return !name.isEmpty() && debitExceptionProgrammes.stream().map(AdmissionPolicy::simplify)
                .anyMatch(exception -> name.contains(exception));
    }

    /** The exception's name as students know it, for questions and sentences. */
    public String debitExceptionName() {
        return debitExceptionProgrammes.isEmpty() ? "" : debitExceptionProgrammes.get(0);
    }

    private static String simplify(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
