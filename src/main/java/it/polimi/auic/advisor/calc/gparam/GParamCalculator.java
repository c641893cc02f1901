package it.polimi.auic.advisor.calc.gparam;

import static it.polimi.auic.advisor.calc.Citation.STUDIO_ALLOCATION;

import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Parameter G of studio allocation (programme rules, section 6.1): G = Σ Vi · Ci over the exams taken. */
public final class GParamCalculator {

    private final GParamPolicy policy;

    public GParamCalculator(GParamPolicy policy) {
        this.policy = policy;
    }

    public GParamVerdict evaluate(GParamInput in) {
        BigDecimal g = BigDecimal.ZERO;
        int credits = 0;
        int honours = 0;
        for (Exam exam : in.exams()) {
            BigDecimal value = exam.honours() ? policy.honoursValue() : Decimals.of(exam.grade());
            g = g.add(value.multiply(Decimals.of(exam.credits())));
            credits += exam.credits();
            honours += exam.honours() ? 1 : 0;
        }
        BigDecimal average = Decimals.round2(g.divide(Decimals.of(credits), Decimals.EXACT_ENOUGH));
        List<Finding> findings = new ArrayList<>();
        findings.add(sum(g, credits, in.exams().size()));
        if (honours > 0) {
            findings.add(honours(honours));
        }
        return new GParamVerdict(g, average, credits, in.exams().size(), findings);
    }

    private static Finding sum(BigDecimal g, int credits, int exams) {
        // Section 6.1 names n, the number of exams, but its formula does not divide by it: G is a sum, so it
        // grows with the credits earned. The contract reads it the same way; the sentence says so.
        return Finding.of("g-parameter", true, STUDIO_ALLOCATION,
                "G = Σ grade × credits = " + Decimals.show(g) + " (" + exams + (exams == 1 ? " exam, " : " exams, ") + credits
                        + " credits). Studios are allocated by decreasing G; the rule mentions n, the number of exams,"
                        + " but does not divide by it, so G is a sum that grows with every exam passed.",
                "G = Σ voto × crediti = " + Decimals.showIt(g) + " (" + exams + (exams == 1 ? " esame, " : " esami, ") + credits
                        + " crediti). I laboratori si assegnano per G decrescente; la regola cita n, il numero di esami,"
                        + " ma non divide per n, quindi G è una somma che cresce con ogni esame superato.");
    }

    private Finding honours(int count) {
        String value = Decimals.show(policy.honoursValue());
        return Finding.of("honours-value", true, STUDIO_ALLOCATION,
                "Honours (30 e lode) in " + count + (count == 1 ? " exam, counted as " : " exams, each counted as ") + value
                        + ": section 6.1 does not say what honours are worth, so this is the School's setting in the advisor.",
                "Esami con lode: " + count + ", ciascuno contato come " + Decimals.showIt(policy.honoursValue())
                        + ": la sezione 6.1 non dice quanto vale la lode, quindi è l'impostazione della Scuola nell'advisor.");
    }
}
