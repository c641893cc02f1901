package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.alliance.ApplicationCall;
import it.polimi.auic.advisor.calc.alliance.Site;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a student has told the Alliance4Tech conversation so far; each answer is empty until given.
 *
 * @param call          the call applied in
 * @param semesters     where each MSc semester is spent, by its number from 1 (a plan may be typed at once)
 * @param berlin        credits planned at TU Berlin
 * @param madrid        credits planned at ETSAM
 * @param polimiCredits credits of teachings at the Politecnico
 */
record AllianceAnswers(Optional<ApplicationCall> call, Map<Integer, Site> semesters, Optional<BigDecimal> berlin,
                       Optional<BigDecimal> madrid, Optional<Integer> polimiCredits) {

    static final AllianceAnswers NONE = new AllianceAnswers(Optional.empty(), Map.of(), Optional.empty(),
            Optional.empty(), Optional.empty());

    AllianceAnswers {
        semesters = Map.copyOf(semesters);
    }

    /** The semesters answered so far, in order, up to the first not answered. */
    List<Site> plan() {
        List<Site> plan = new ArrayList<>();
        for (int number = 1; semesters.containsKey(number); number++) {
            plan.add(semesters.get(number));
        }
        return plan;
    }

    Optional<Site> semester(int number) {
        return Optional.ofNullable(semesters.get(number));
    }

    /** The places typed for semester {@code from} and the ones after it, in order; empty forgets semester {@code from}. */
    AllianceAnswers withSemesters(int from, Optional<List<Site>> places) {
        Map<Integer, Site> plan = new TreeMap<>(semesters);
        plan.remove(from);
        List<Site> given = places.orElse(List.of());
        for (int i = 0; i < given.size(); i++) {
            plan.put(from + i, given.get(i));
        }
        return new AllianceAnswers(call, plan, berlin, madrid, polimiCredits);
    }

    AllianceAnswers withCall(Optional<ApplicationCall> value) {
        return new AllianceAnswers(value, semesters, berlin, madrid, polimiCredits);
    }

    AllianceAnswers withBerlin(Optional<BigDecimal> value) {
        return new AllianceAnswers(call, semesters, value, madrid, polimiCredits);
    }

    AllianceAnswers withMadrid(Optional<BigDecimal> value) {
        return new AllianceAnswers(call, semesters, berlin, value, polimiCredits);
    }

    AllianceAnswers withPolimiCredits(Optional<Integer> value) {
        return new AllianceAnswers(call, semesters, berlin, madrid, value);
    }
}
