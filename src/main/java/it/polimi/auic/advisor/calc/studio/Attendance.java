package it.polimi.auic.advisor.calc.studio;

import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/** How much of a studio a student attended: a percentage, or hours attended out of the total. */
public sealed interface Attendance permits Attendance.Percent, Attendance.Hours {

    BigDecimal HUNDRED = Decimals.of(100);
    BigDecimal MAX_HOURS = Decimals.of(10_000);

    /** The share attended, in percent, unrounded. */
    BigDecimal percent();

    /** Whether at least {@code threshold} percent was attended, exactly (no rounding on the way). */
    boolean atLeast(BigDecimal threshold);

    record Percent(BigDecimal value) implements Attendance {
        public Percent {
            Objects.requireNonNull(value, "attendancePercent");
            if (!Decimals.between(value, BigDecimal.ZERO, HUNDRED)) {
                throw new InvalidInputException("attendancePercent",
                        "must be between 0 and 100, got " + Decimals.show(value));
            }
        }

        @Override
        public BigDecimal percent() {
            return value;
        }

        @Override
        public boolean atLeast(BigDecimal threshold) {
            return value.compareTo(threshold) >= 0;
        }
    }

    record Hours(BigDecimal attended, BigDecimal total) implements Attendance {
        public Hours {
            Objects.requireNonNull(attended, "attendedHours");
            Objects.requireNonNull(total, "totalHours");
            if (total.signum() <= 0 || total.compareTo(MAX_HOURS) > 0) {
                throw new InvalidInputException("totalHours",
                        "must be more than 0 and at most " + Decimals.show(MAX_HOURS) + ", got " + Decimals.show(total));
            }
            if (attended.signum() < 0 || attended.compareTo(total) > 0) {
                throw new InvalidInputException("attendedHours", "must be between 0 and totalHours ("
                        + Decimals.show(total) + "), got " + Decimals.show(attended));
            }
        }

        @Override
        public BigDecimal percent() {
            return attended.multiply(HUNDRED).divide(total, Decimals.EXACT_ENOUGH);
        }

        @Override
        public boolean atLeast(BigDecimal threshold) {
            return attended.multiply(HUNDRED).compareTo(threshold.multiply(total)) >= 0;
        }
    }
}
