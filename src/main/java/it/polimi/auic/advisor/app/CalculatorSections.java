package it.polimi.auic.advisor.app;

import it.polimi.auic.advisor.calc.Citation;
import it.polimi.auic.advisor.knowledge.RequiredSection;
import it.polimi.auic.advisor.knowledge.SectionRef;
import java.util.List;

/**
 * The sections the calculators cite in their findings: the knowledge is refused without them, so a
 * renumbered or deleted section is caught by {@code check-knowledge} and on reload, not by a student.
 */
public final class CalculatorSections {

    /** Every section a calculator cites. */
    public static final List<RequiredSection> ALL = Citation.all().stream()
            .map(c -> new RequiredSection(new SectionRef(c.document(), c.section()), "the calculators"))
            .distinct()
            .toList();

    private CalculatorSections() {
    }
}
