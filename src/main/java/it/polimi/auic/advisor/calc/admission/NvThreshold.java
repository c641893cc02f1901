package it.polimi.auic.advisor.calc.admission;

import it.polimi.auic.advisor.calc.AcademicYear;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The N/V parameter for the graduates who first enrolled in a range of academic years: N credits and a weighted
 * average of at least V, both reached by the check date.
 *
 * @param from    first enrolment year the row applies to
 * @param to      last enrolment year it applies to; empty for "from then on"
 * @param credits N
 * @param average V
 */
public record NvThreshold(AcademicYear from, Optional<AcademicYear> to, int credits, BigDecimal average) {

    public NvThreshold {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(average, "average");
    }

    public boolean covers(AcademicYear year) {
        return year.compareTo(from) >= 0 && to.map(last -> year.compareTo(last) <= 0).orElse(true);
    }
}
