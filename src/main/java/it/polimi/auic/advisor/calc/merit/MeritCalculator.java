package it.polimi.auic.advisor.calc.merit;

import static it.polimi.auic.advisor.calc.Citation.MERIT_ASSESSMENT;
import static it.polimi.auic.advisor.calc.Citation.RANKING;

import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * Estimates the assessment of merit (programme rules, section 1.3.2: up to 150 points, at least 100 to be
 * eligible, on at least 145 credits) and the ranking condition for Politecnico graduating students (section 1.6).
 */
public final class MeritCalculator {

    private final MeritPolicy policy;

    public MeritCalculator(MeritPolicy policy) {
        this.policy = policy;
    }

    public MeritVerdict evaluate(MeritInput in) {
        BigDecimal curriculum = Decimals.round2(policy.pointsFor(in.weightedAverage()));
        // The total is the sum of the parts as shown, so that a student can add them up and get the same figure.
        BigDecimal total = Decimals.round2(curriculum.add(in.portfolioPoints()).add(in.traineeshipPoints())
                .add(in.otherQualificationsPoints()));
        List<Finding> findings = List.of(score(total), credits(in.credits()), registered(in));
        boolean eligible = findings.stream().allMatch(Finding::met);
        return new MeritVerdict(curriculum, in.portfolioPoints(), in.traineeshipPoints(),
                in.otherQualificationsPoints(), total, MeritPolicy.MINIMUM_FOR_ADMISSION, eligible, findings);
    }

    private static Finding score(BigDecimal total) {
        boolean met = total.compareTo(MeritPolicy.MINIMUM_FOR_ADMISSION) >= 0;
        return Finding.of("minimum-score", met, MERIT_ASSESSMENT,
                "Your estimated total is " + Decimals.show(total) + " of 150 points, "
                        + (met ? "at least" : "below") + " the 100 needed for admission"
                        + " (the curriculum points are an estimate of the commission's assessment).",
                "Il tuo totale stimato è " + Decimals.showIt(total) + " punti su 150, "
                        + (met ? "almeno" : "sotto") + " i 100 necessari per l'ammissione"
                        + " (i punti del curriculum sono una stima della valutazione della commissione).");
    }

    private static Finding credits(int credits) {
        boolean met = credits >= MeritPolicy.MINIMUM_CREDITS;
        return Finding.of("minimum-credits", met, MERIT_ASSESSMENT,
                met ? "Your average is computed on " + credits + " credits, at least the 145 the assessment is based on."
                        : "Your average is computed on " + credits + " credits; the assessment needs at least 145 credits earned.",
                met ? "La tua media è calcolata su " + credits + " crediti, almeno i 145 su cui si basa la valutazione."
                        : "La tua media è calcolata su " + credits + " crediti; la valutazione richiede almeno 145 crediti acquisiti.");
    }

    private static Finding registered(MeritInput in) {
        if (!in.polimiGraduating()) {
            return Finding.of("graduating-registered-credits", true, RANKING,
                    "The rule of 172 registered credits applies only to Politecnico students who have not graduated yet.",
                    "La regola dei 172 crediti registrati vale solo per gli studenti del Politecnico non ancora laureati.");
        }
        int registered = in.effectiveRegisteredCredits();
        boolean met = registered >= MeritPolicy.MINIMUM_REGISTERED_CREDITS_GRADUATING;
        return Finding.of("graduating-registered-credits", met, RANKING,
                met ? "You have " + registered + " credits registered, at least the 172 a graduating student needs to enter the ranking."
                        : "You have " + registered + " credits registered; a graduating student needs at least 172 registered when the ranking is generated.",
                met ? "Hai " + registered + " crediti registrati, almeno i 172 che servono a un laureando per entrare in graduatoria."
                        : "Hai " + registered + " crediti registrati; a un laureando ne servono almeno 172 registrati quando si genera la graduatoria.");
    }
}
