package it.polimi.auic.advisor.calc.gparam;

import it.polimi.auic.advisor.calc.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the regulation leaves to the School for parameter G: the grade a "30 e lode" counts as (30 by default;
 * section 6.1 does not say).
 */
public record GParamPolicy(BigDecimal honoursValue) {

    public static final BigDecimal MIN_HONOURS_VALUE = Decimals.of(30);
    public static final BigDecimal MAX_HONOURS_VALUE = Decimals.of(33);

    public GParamPolicy {
        Objects.requireNonNull(honoursValue, "honoursValue");
    }

    public static GParamPolicy defaults() {
        return new GParamPolicy(Decimals.of(30));
    }
}
