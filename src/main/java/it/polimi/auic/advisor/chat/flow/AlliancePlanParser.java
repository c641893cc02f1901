package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.calc.alliance.ApplicationCall;
import it.polimi.auic.advisor.calc.alliance.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the call and the places of an Alliance4Tech plan as students type them ("P P B M", "Madrid"). */
final class AlliancePlanParser {

    private static final Set<String> POLIMI = Set.of("polimi", "p", "politecnico", "milano", "milan", "home", "casa");
    private static final Set<String> BERLIN = Set.of("berlin", "b", "tub", "berlino", "tuberlin");
    private static final Set<String> MADRID = Set.of("etsam", "madrid", "m", "upm", "e");

    private AlliancePlanParser() {
    }

    static Parsed<ApplicationCall> call(String text) {
        String answer = AnswerParsers.simplify(text).replaceAll("[^a-z0-9]+", "");
        for (ApplicationCall call : ApplicationCall.values()) {
            if (answer.equals(call.name().toLowerCase(Locale.ROOT).replace("_", ""))) {
                return Parsed.value(call);
            }
        }
        boolean bsc = answer.contains("bsc") || answer.contains("triennal") || answer.contains("bachelor");
        boolean msc = answer.contains("msc") || answer.contains("magistral") || answer.contains("master");
        boolean winter = answer.contains("winter") || answer.contains("invern");
        boolean spring = answer.contains("spring") || answer.contains("primaver");
        if (bsc != msc && winter != spring) {
            return Parsed.value(bsc ? (winter ? ApplicationCall.BSC3_WINTER : ApplicationCall.BSC3_SPRING)
                    : (winter ? ApplicationCall.MSC1_WINTER : ApplicationCall.MSC1_SPRING));
        }
        return Parsed.refused("Please choose a call: BSc 3rd year or MSc 1st year, winter or spring.",
                "Scegli un bando: 3º anno triennale o 1º anno magistrale, invernale o primaverile.");
    }

    /** One place for semester {@code from}, or several for it and the ones after it: the places in order. */
    static Parsed<List<Site>> semesters(int from, String text, AllianceAnswers answers) {
        String normal = AnswerParsers.simplify(text).replaceAll("tu[\\s_-]*berlin", "berlin");
        List<String> tokens = List.of(normal.split("[\\s,;>→\\-]+")).stream().filter(t -> !t.isEmpty()).toList();
        int count = answers.call().map(ApplicationCall::semesterCount).orElse(AllianceFlow.MAX_SEMESTERS);
        if (tokens.isEmpty()) {
            return refusedPlace();
        }
        if (from + tokens.size() - 1 > count) {
            return Parsed.refused("That is " + tokens.size() + " semesters from semester " + from + ", but the plan has "
                    + count + ".", "Sono " + tokens.size() + " semestri dal semestre " + from + ", ma il piano ne ha " + count + ".");
        }
        List<Site> places = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Site> site = site(tokens.get(i));
            if (site.isEmpty()) {
                String shown = InvalidInputException.excerpt(tokens.get(i));
                return Parsed.refused("I don't know the place '" + shown + "': choose Polimi, TU Berlin or ETSAM.",
                        "Non conosco il luogo '" + shown + "': scegli Polimi, TU Berlin o ETSAM.");
            }
            places.add(site.get());
        }
        return Parsed.value(List.copyOf(places));
    }

    private static Optional<Site> site(String token) {
        String name = token.replace("_", "");
        if (POLIMI.contains(name)) {
            return Optional.of(Site.POLIMI);
        }
        if (BERLIN.contains(name)) {
            return Optional.of(Site.TU_BERLIN);
        }
        return MADRID.contains(name) ? Optional.of(Site.ETSAM) : Optional.empty();
    }

    private static <V> Parsed<V> refusedPlace() {
        return Parsed.refused("Please choose Polimi, TU Berlin or ETSAM.", "Scegli Polimi, TU Berlin o ETSAM.");
    }
}
