package it.polimi.auic.advisor.calc.merit;

import java.math.BigDecimal;
import java.util.Objects;

/** One point of the mapping from weighted average to curriculum points: {@code average} is worth {@code points}. */
public record MeritPoint(BigDecimal average, BigDecimal points) {

    public MeritPoint {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(points, "points");
    }
}
