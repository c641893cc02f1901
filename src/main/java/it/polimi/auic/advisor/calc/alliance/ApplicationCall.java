package it.polimi.auic.advisor.calc.alliance;

import static it.polimi.auic.advisor.calc.alliance.ApplicationCall.Slot.ABROAD;
import static it.polimi.auic.advisor.calc.alliance.ApplicationCall.Slot.HOME;

import java.util.List;

/**
 * The Alliance4Tech call a student applies in, and the MSc mobility schemes it allows (mobility page, "When you
 * can apply and leave"). In a scheme, "abroad, abroad" means one semester at each partner, in either order.
 */
public enum ApplicationCall {
    BSC3_WINTER("BSc 3rd year, winter call", "3º anno triennale, bando invernale", false,
            List.of(List.of(HOME, ABROAD, ABROAD, HOME), List.of(HOME, HOME, ABROAD, ABROAD))),
    BSC3_SPRING("BSc 3rd year, spring call", "3º anno triennale, bando primaverile", true,
            List.of(List.of(HOME, ABROAD, ABROAD, HOME), List.of(HOME, HOME, ABROAD, ABROAD))),
    MSC1_WINTER("MSc 1st year, winter call", "1º anno magistrale, bando invernale", false,
            List.of(List.of(HOME, HOME, ABROAD, ABROAD))),
    MSC1_SPRING("MSc 1st year, spring call", "1º anno magistrale, bando primaverile", true,
            List.of(List.of(HOME, HOME, HOME, ABROAD, ABROAD)));

    /** A semester of a scheme: at the Politecnico, or at a partner. */
    public enum Slot { HOME, ABROAD }

    private final String displayName;
    private final String displayNameIt;
    private final boolean spring;
    private final List<List<Slot>> schemes;

    ApplicationCall(String displayName, String displayNameIt, boolean spring, List<List<Slot>> schemes) {
        this.displayName = displayName;
        this.displayNameIt = displayNameIt;
        this.spring = spring;
        this.schemes = schemes;
    }

    public String displayName() {
        return displayName;
    }

    public String displayNameIt() {
        return displayNameIt;
    }

    /** Spring calls open only when places are left after the winter call. */
    public boolean isSpring() {
        return spring;
    }

    public List<List<Slot>> schemes() {
        return schemes;
    }

    /** The number of MSc semesters the call's schemes cover (4, or 5 for the MSc spring call). */
    public int semesterCount() {
        return schemes.get(0).size();
    }

    /** Whether the plan follows one of the call's schemes, with one semester at each partner abroad. */
    public boolean allows(List<Site> plan) {
        List<Slot> slots = plan.stream().map(site -> site.isPartner() ? ABROAD : HOME).toList();
        boolean oneAtEach = plan.stream().filter(s -> s == Site.TU_BERLIN).count() == 1
                && plan.stream().filter(s -> s == Site.ETSAM).count() == 1;
        return oneAtEach && schemes.contains(slots);
    }
}
