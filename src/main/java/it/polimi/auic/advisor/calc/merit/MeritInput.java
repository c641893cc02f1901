package it.polimi.auic.advisor.calc.merit;

import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate's figures for the assessment of merit (sections 1.3.2 and 1.6).
 *
 * @param weightedAverage           weighted average of the exams, 18 to 30
 * @param credits                   the credits that average is computed on
 * @param portfolioPoints           expected portfolio points, 0 to 20
 * @param traineeshipPoints         expected points for traineeships and extra-curricular work, 0 to 10
 * @param otherQualificationsPoints expected points for other qualifications, 0 to 10
 * @param polimiGraduating          a Politecnico student who has not graduated yet
 * @param registeredCredits         credits registered in the career now; defaults to {@code credits}
 */
public record MeritInput(
        BigDecimal weightedAverage,
        int credits,
        BigDecimal portfolioPoints,
        BigDecimal traineeshipPoints,
        BigDecimal otherQualificationsPoints,
        boolean polimiGraduating,
        Optional<Integer> registeredCredits) {

    public static final int MAX_CREDITS = 360;
    public static final BigDecimal MAX_PORTFOLIO = Decimals.of(20);
    public static final BigDecimal MAX_TRAINEESHIP = Decimals.of(10);
    public static final BigDecimal MAX_OTHER = Decimals.of(10);

    public MeritInput {
        Objects.requireNonNull(registeredCredits, "registeredCredits");
        requireBetween("weightedAverage", weightedAverage, Decimals.of(18), Decimals.of(30));
        requireCredits("credits", credits);
        requireBetween("portfolioPoints", portfolioPoints, BigDecimal.ZERO, MAX_PORTFOLIO);
        requireBetween("traineeshipPoints", traineeshipPoints, BigDecimal.ZERO, MAX_TRAINEESHIP);
        requireBetween("otherQualificationsPoints", otherQualificationsPoints, BigDecimal.ZERO, MAX_OTHER);
        registeredCredits.ifPresent(registered -> requireCredits("registeredCredits", registered));
    }

    public int effectiveRegisteredCredits() {
        return registeredCredits.orElse(credits);
    }

    private static void requireBetween(String field, BigDecimal value, BigDecimal low, BigDecimal high) {
        Objects.requireNonNull(value, field);
        if (!Decimals.between(value, low, high)) {
            throw new InvalidInputException(field, "must be between " + Decimals.show(low) + " and "
                    + Decimals.show(high) + ", got " + Decimals.show(value));
        }
    }

    private static void requireCredits(String field, int value) {
        if (value < 0 || value > MAX_CREDITS) {
            throw new InvalidInputException(field, "must be a whole number from 0 to " + MAX_CREDITS + ", got " + value);
        }
    }
}
