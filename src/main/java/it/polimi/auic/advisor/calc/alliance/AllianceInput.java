package it.polimi.auic.advisor.calc.alliance;

import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Alliance4Tech plan.
 *
 * @param applicationCall       the call applied in
 * @param semesters             where each MSc semester is spent, in order
 * @param creditsAbroad         credits earned at each partner; a partner left out counts as 0
 * @param polimiTeachingCredits credits of teachings at the Politecnico, internship and thesis apart
 */
public record AllianceInput(
        ApplicationCall applicationCall,
        List<Site> semesters,
        Map<Site, BigDecimal> creditsAbroad,
        int polimiTeachingCredits) {

    public static final int MAX_SEMESTERS = 8;
    public static final BigDecimal MAX_CREDITS_AT_PARTNER = Decimals.of(120);
    public static final int MAX_POLIMI_CREDITS = 180;

    public AllianceInput {
        Objects.requireNonNull(applicationCall, "applicationCall");
        semesters = List.copyOf(semesters);
        if (semesters.isEmpty() || semesters.size() > MAX_SEMESTERS) {
            throw new InvalidInputException("semesters",
                    "must list from 1 to " + MAX_SEMESTERS + " semesters, got " + semesters.size());
        }
        Map<Site, BigDecimal> credits = new EnumMap<>(Site.class);
        creditsAbroad.forEach((site, value) -> {
            if (!site.isPartner()) {
                throw new InvalidInputException("creditsAbroad", "lists only the partners TU_BERLIN and ETSAM, got " + site);
            }
            if (!Decimals.between(value, BigDecimal.ZERO, MAX_CREDITS_AT_PARTNER)) {
                throw new InvalidInputException("creditsAbroad." + site.name(),
                        "must be between 0 and " + MAX_CREDITS_AT_PARTNER + ", got " + Decimals.show(value));
            }
            credits.put(site, value);
        });
        creditsAbroad = Map.copyOf(credits);
        if (polimiTeachingCredits < 0 || polimiTeachingCredits > MAX_POLIMI_CREDITS) {
            throw new InvalidInputException("polimiTeachingCredits",
                    "must be a whole number from 0 to " + MAX_POLIMI_CREDITS + ", got " + polimiTeachingCredits);
        }
    }

    public BigDecimal creditsAt(Site partner) {
        return creditsAbroad.getOrDefault(partner, BigDecimal.ZERO);
    }

    public long semestersAt(Site site) {
        return semesters.stream().filter(s -> s == site).count();
    }
}
