package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.AcademicYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a student has told the admission conversation so far; each answer is empty until given (or skipped).
 *
 * @param polimi             the bachelor's is from the Politecnico
 * @param bachelorClass      its degree class, normalised ("L-17")
 * @param buildingProduction it is the Politecnico's Architecture and Building Production programme
 * @param year               academic year of first enrolment
 * @param enrolled           the day of first enrolment (optional: the start of that year otherwise)
 * @param graduated          the day of graduation, actual or expected
 * @param credits            credits earned by the check date
 * @param average            weighted average by the check date
 * @param english            English certification held by the deadline
 */
record AdmissionAnswers(Optional<Boolean> polimi, Optional<String> bachelorClass, Optional<Boolean> buildingProduction,
                        Optional<AcademicYear> year, Optional<LocalDate> enrolled, Optional<LocalDate> graduated,
                        Optional<Integer> credits, Optional<BigDecimal> average, Optional<Boolean> english) {

    static final AdmissionAnswers NONE = new AdmissionAnswers(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    boolean isPolimi() {
        return polimi.orElse(false);
    }

    boolean isBuildingProduction() {
        return buildingProduction.orElse(false);
    }

    boolean isEnglishCertified() {
        return english.orElse(false);
    }

    AdmissionAnswers withPolimi(Optional<Boolean> value) {
        return new AdmissionAnswers(value, bachelorClass, buildingProduction, year, enrolled,
                graduated, credits, average, english);
    }

    AdmissionAnswers withBachelorClass(Optional<String> value) {
        return new AdmissionAnswers(polimi, value, buildingProduction, year, enrolled,
                graduated, credits, average, english);
    }

    AdmissionAnswers withBuildingProduction(Optional<Boolean> value) {
        return new AdmissionAnswers(polimi, bachelorClass, value, year, enrolled,
                graduated, credits, average, english);
    }

    AdmissionAnswers withYear(Optional<AcademicYear> value) {
        return new AdmissionAnswers(polimi, bachelorClass, buildingProduction, value, enrolled,
                graduated, credits, average, english);
    }

    AdmissionAnswers withEnrolled(Optional<LocalDate> value) {
        return new AdmissionAnswers(polimi, bachelorClass, buildingProduction, year, value,
                graduated, credits, average, english);
    }

    AdmissionAnswers withGraduated(Optional<LocalDate> value) {
        return new AdmissionAnswers(polimi, bachelorClass, buildingProduction, year, enrolled,
                value, credits, average, english);
    }

    AdmissionAnswers withCredits(Optional<Integer> value) {
        return new AdmissionAnswers(polimi, bachelorClass, buildingProduction, year, enrolled,
                graduated, value, average, english);
    }

    AdmissionAnswers withAverage(Optional<BigDecimal> value) {
        return new AdmissionAnswers(polimi, bachelorClass, buildingProduction, year, enrolled,
                graduated, credits, value, english);
    }

    AdmissionAnswers withEnglish(Optional<Boolean> value) {
        return new AdmissionAnswers(polimi, bachelorClass, buildingProduction, year, enrolled,
                graduated, credits, average, value);
    }
}
