package it.polimi.auic.advisor.calc.merit;

import it.polimi.auic.advisor.calc.Decimals;
import java.math.BigDecimal;
import java.util.List;

/**
 * How the commission's curriculum points (up to 110) are estimated from the weighted average: straight lines
 * between the configured points. The default, 18 → 66 and 30 → 110, is exactly average × 110 / 30. The
 * regulation does not publish the commission's scale, which is why it is configuration and why every reply
 * calls the result an estimate.
 *
 * @param curriculumPoints points with strictly increasing averages, the first at 18 and the last at 30
 */
public record MeritPolicy(List<MeritPoint> curriculumPoints) {

    public static final BigDecimal MINIMUM_FOR_ADMISSION = Decimals.of(100);
    public static final int MINIMUM_CREDITS = 145;
    public static final int MINIMUM_REGISTERED_CREDITS_GRADUATING = 172;

    public MeritPolicy {
        curriculumPoints = List.copyOf(curriculumPoints);
        if (curriculumPoints.size() < 2) {
            throw new IllegalArgumentException("the mapping needs at least two points");
        }
    }

    /** The default mapping of the contract: average × 110 / 30. */
    public static MeritPolicy linear() {
        return new MeritPolicy(List.of(new MeritPoint(Decimals.of(18), Decimals.of(66)),
                new MeritPoint(Decimals.of(30), Decimals.of(110))));
    }

    /** Curriculum points for an average between 18 and 30, unrounded. */
    public BigDecimal pointsFor(BigDecimal average) {
        for (int i = 1; i < curriculumPoints.size(); i++) {
            MeritPoint low = curriculumPoints.get(i - 1);
            MeritPoint high = curriculumPoints.get(i);
            if (average.compareTo(high.average()) <= 0 || i == curriculumPoints.size() - 1) {
                // One division, last, so that exact halves stay exact before rounding.
                BigDecimal weighted = low.points().multiply(high.average().subtract(average))
                        .add(high.points().multiply(average.subtract(low.average())));
                return weighted.divide(high.average().subtract(low.average()), Decimals.EXACT_ENOUGH);
            }
        }
        throw new IllegalStateException("unreachable: the mapping has at least two points");
    }
}
