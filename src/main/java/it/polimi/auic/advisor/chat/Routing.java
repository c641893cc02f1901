package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.search.SearchResult;
import java.util.Optional;

/** What the router decided for a message, in one sentence for tutors ({@code ask --explain}). */
final class Routing {

    private Routing() {
    }

    static String describe(Optional<CalculatorRoute> route, SearchResult result) {
        if (route.isPresent() && route.get().explicit()) {
            return "Routing: an explicit request for the " + route.get().calculator()
                    + " calculator, which starts at once.";
        }
        String answered = result.answerable() ? "answered from the regulations" : "not answered";
        if (route.isPresent()) {
            return "Routing: a question on the topic of the " + route.get().calculator() + " calculator: "
                    + answered + ", with the calculator offered (\u201C" + route.get().offer().label() + "\u201D).";
        }
        return "Routing: a question, " + answered + ".";
    }
}
