package it.polimi.auic.advisor.chat.flow;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a student has told the merit conversation so far; each answer is empty until given.
 *
 * @param average     weighted average of the exams
 * @param credits     credits the average is computed on
 * @param portfolio   expected portfolio points
 * @param traineeship expected traineeship points
 * @param other       expected points for other qualifications
 * @param graduating  a Politecnico student not graduated yet
 * @param registered  credits registered in the career today (asked of graduating students only)
 */
record MeritAnswers(Optional<BigDecimal> average, Optional<Integer> credits, Optional<BigDecimal> portfolio,
                    Optional<BigDecimal> traineeship, Optional<BigDecimal> other, Optional<Boolean> graduating,
                    Optional<Integer> registered) {

    static final MeritAnswers NONE = new MeritAnswers(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    boolean isGraduating() {
        return graduating.orElse(false);
    }

    MeritAnswers withAverage(Optional<BigDecimal> value) {
        return new MeritAnswers(value, credits, portfolio, traineeship, other, graduating, registered);
    }

    MeritAnswers withCredits(Optional<Integer> value) {
        return new MeritAnswers(average, value, portfolio, traineeship, other, graduating, registered);
    }

    MeritAnswers withPortfolio(Optional<BigDecimal> value) {
        return new MeritAnswers(average, credits, value, traineeship, other, graduating, registered);
    }

    MeritAnswers withTraineeship(Optional<BigDecimal> value) {
        return new MeritAnswers(average, credits, portfolio, value, other, graduating, registered);
    }

    MeritAnswers withOther(Optional<BigDecimal> value) {
        return new MeritAnswers(average, credits, portfolio, traineeship, value, graduating, registered);
    }

    MeritAnswers withGraduating(Optional<Boolean> value) {
        return new MeritAnswers(average, credits, portfolio, traineeship, other, value, registered);
    }

    MeritAnswers withRegistered(Optional<Integer> value) {
        return new MeritAnswers(average, credits, portfolio, traineeship, other, graduating, value);
    }
}
