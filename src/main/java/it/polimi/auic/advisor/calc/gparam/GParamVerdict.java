package it.polimi.auic.advisor.calc.gparam;

import it.polimi.auic.advisor.calc.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * Parameter G for studio allocation.
 *
 * @param g               Σ grade × credits (honours counting as the configured value)
 * @param weightedAverage G / Σ credits, 2 decimals
 * @param credits         Σ credits
 * @param exams           how many exams were counted
 * @param findings        one per rule checked
 */
public record GParamVerdict(BigDecimal g, BigDecimal weightedAverage, int credits, int exams, List<Finding> findings) {

    public GParamVerdict {
        findings = List.copyOf(findings);
    }
}
