package it.polimi.auic.advisor.calc.merit;

import it.polimi.auic.advisor.calc.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * The estimated assessment of merit.
 *
 * @param curriculumPoints          estimate of the commission's curriculum points, 2 decimals
 * @param portfolioPoints           as given
 * @param traineeshipPoints         as given
 * @param otherQualificationsPoints as given
 * @param total                     the sum of the four, 2 decimals
 * @param minimumForAdmission       the minimum total for admission (100)
 * @param eligible                  every rule met: enough points, enough credits, registered credits when graduating
 * @param findings                  one per rule checked
 */
public record MeritVerdict(
        BigDecimal curriculumPoints,
        BigDecimal portfolioPoints,
        BigDecimal traineeshipPoints,
        BigDecimal otherQualificationsPoints,
        BigDecimal total,
        BigDecimal minimumForAdmission,
        boolean eligible,
        List<Finding> findings) {

    public MeritVerdict {
        findings = List.copyOf(findings);
    }
}
