package it.polimi.auic.advisor.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The contract's one rounding rule (half up to 2 decimals) and how numbers appear in sentences. */
public final class Decimals {

    /** Enough digits for any quotient the calculators take before rounding to 2 decimals. */
    public static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    private Decimals() {
    }

    public static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(long value) {
        return BigDecimal.valueOf(value);
    }

    /** Whether {@code low <= value <= high}. */
    public static boolean between(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    /** 28.10 as "28.1", 27.00 as "27": the shortest exact form, for English sentences. */
    public static String show(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The same with a decimal comma, for Italian sentences. */
    public static String showIt(BigDecimal value) {
        return show(value).replace('.', ',');
    }
}
