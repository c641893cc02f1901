package it.polimi.auic.advisor.calc.alliance;

import static it.polimi.auic.advisor.calc.Citation.ALLIANCE4TECH_HOW_IT_WORKS;
import static it.polimi.auic.advisor.calc.Citation.ALLIANCE4TECH_WHEN_TO_APPLY;

import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Checks an Alliance4Tech plan against the mobility page ("How it works", "When you can apply and leave"). */
public final class Alliance4TechCalculator {

    public static final BigDecimal MIN_CREDITS_ABROAD = Decimals.of(30);
    public static final BigDecimal MIN_CREDITS_EACH_PARTNER = Decimals.of(10);
    public static final int MIN_POLIMI_TEACHING_CREDITS = 60;

    public AllianceVerdict evaluate(AllianceInput in) {
        List<Finding> findings = List.of(firstSemester(in), oneSemesterEach(in), scheme(in), totalAbroad(in),
                eachPartner(in), polimiCredits(in));
        return new AllianceVerdict(findings.stream().allMatch(Finding::met), findings);
    }

    /** "Polimi, Polimi, TU Berlin, ETSAM". */
    public static String describe(List<Site> plan) {
        return plan.stream().map(Site::displayName).collect(Collectors.joining(", "));
    }

    private static Finding firstSemester(AllianceInput in) {
        Site first = in.semesters().get(0);
        boolean met = first == Site.POLIMI;
        return Finding.of("first-semester-at-polimi", met, ALLIANCE4TECH_HOW_IT_WORKS,
                met ? "Your first MSc semester is at the Politecnico: no exchange is allowed then."
                        : "Your plan starts at " + first.displayName() + ", but no exchange is allowed in the first semester of the first MSc year.",
                met ? "Il tuo primo semestre magistrale è al Politecnico: in quel semestre non è ammesso alcuno scambio."
                        : "Il tuo piano inizia a " + first.displayName() + ", ma nel primo semestre del primo anno magistrale non è ammesso alcuno scambio.");
    }

    private static Finding oneSemesterEach(AllianceInput in) {
        long berlin = in.semestersAt(Site.TU_BERLIN);
        long madrid = in.semestersAt(Site.ETSAM);
        boolean met = berlin == 1 && madrid == 1;
        return Finding.of("one-semester-at-each-partner", met, ALLIANCE4TECH_HOW_IT_WORKS,
                met ? "You plan one semester at TU Berlin and one at ETSAM, as required."
                        : "You plan " + berlin + (berlin == 1 ? " semester" : " semesters") + " at TU Berlin and " + madrid
                                + " at ETSAM; exactly one semester at each partner is mandatory.",
                met ? "Prevedi un semestre alla TU Berlin e uno all'ETSAM, come richiesto."
                        : "Prevedi " + berlin + (berlin == 1 ? " semestre" : " semestri") + " alla TU Berlin e " + madrid
                                + " all'ETSAM; è obbligatorio esattamente un semestre in ciascun partner.");
    }

    private static Finding scheme(AllianceInput in) {
        ApplicationCall call = in.applicationCall();
        boolean met = call.allows(in.semesters());
        String plan = describe(in.semesters());
        String allowed = call.schemes().stream().map(Alliance4TechCalculator::scheme).collect(Collectors.joining(" or "));
        String allowedIt = call.schemes().stream().map(Alliance4TechCalculator::schemeIt).collect(Collectors.joining(" oppure "));
        return Finding.of("mobility-scheme", met, ALLIANCE4TECH_WHEN_TO_APPLY,
                met ? "Your plan (" + plan + ") follows a scheme allowed for the " + call.displayName() + "."
                        : "Your plan (" + plan + ") does not follow the " + call.displayName() + " scheme: " + allowed
                                + " (abroad = one semester at each partner).",
                met ? "Il tuo piano (" + plan + ") segue uno schema ammesso per il " + call.displayNameIt() + "."
                        : "Il tuo piano (" + plan + ") non segue lo schema del " + call.displayNameIt() + ": " + allowedIt
                                + " (estero = un semestre in ciascun partner).");
    }

    private static String scheme(List<ApplicationCall.Slot> slots) {
        return slots.stream().map(s -> s == ApplicationCall.Slot.HOME ? "Polimi" : "abroad").collect(Collectors.joining(", "));
    }

    private static String schemeIt(List<ApplicationCall.Slot> slots) {
        return slots.stream().map(s -> s == ApplicationCall.Slot.HOME ? "Polimi" : "estero").collect(Collectors.joining(", "));
    }

    private static Finding totalAbroad(AllianceInput in) {
        BigDecimal total = in.creditsAt(Site.TU_BERLIN).add(in.creditsAt(Site.ETSAM));
        boolean met = total.compareTo(MIN_CREDITS_ABROAD) >= 0;
        return Finding.of("credits-abroad-total", met, ALLIANCE4TECH_HOW_IT_WORKS,
                "You plan " + Decimals.show(total) + " credits abroad; "
                        + (met ? "at least 30 are required." : "at least 30 are required, shared between the two partners."),
                "Prevedi " + Decimals.showIt(total) + " crediti all'estero; "
                        + (met ? "ne servono almeno 30." : "ne servono almeno 30, divisi tra i due partner."));
    }

    private static Finding eachPartner(AllianceInput in) {
        BigDecimal berlin = in.creditsAt(Site.TU_BERLIN);
        BigDecimal madrid = in.creditsAt(Site.ETSAM);
        boolean met = berlin.compareTo(MIN_CREDITS_EACH_PARTNER) >= 0 && madrid.compareTo(MIN_CREDITS_EACH_PARTNER) >= 0;
        return Finding.of("credits-at-each-partner", met, ALLIANCE4TECH_HOW_IT_WORKS,
                "You plan " + Decimals.show(berlin) + " credits at TU Berlin and " + Decimals.show(madrid)
                        + " at ETSAM; at least 10 at each partner are required.",
                "Prevedi " + Decimals.showIt(berlin) + " crediti alla TU Berlin e " + Decimals.showIt(madrid)
                        + " all'ETSAM; ne servono almeno 10 in ciascun partner.");
    }

    private static Finding polimiCredits(AllianceInput in) {
        int credits = in.polimiTeachingCredits();
        boolean met = credits >= MIN_POLIMI_TEACHING_CREDITS;
        return Finding.of("polimi-teaching-credits", met, ALLIANCE4TECH_HOW_IT_WORKS,
                "You plan " + credits + " credits of teachings at the Politecnico; at least 60 are required for the degree, internship and thesis apart.",
                "Prevedi " + credits + " crediti di insegnamenti al Politecnico; ne servono almeno 60 per la laurea, tirocinio e tesi esclusi.");
    }
}
