package it.polimi.auic.advisor.calc.alliance;

import it.polimi.auic.advisor.calc.Finding;
import java.util.List;

/**
 * Whether an Alliance4Tech plan meets every rule of the programme.
 *
 * @param valid    every finding met
 * @param findings one per rule checked
 */
public record AllianceVerdict(boolean valid, List<Finding> findings) {

    public AllianceVerdict {
        findings = List.copyOf(findings);
    }
}
