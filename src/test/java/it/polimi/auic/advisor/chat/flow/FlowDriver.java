package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.CalcFixtures;
import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays the chat router's part for the tests: detects a calculator request, starts it, keeps the state between
 * messages and records every turn, so that a test reads like a conversation.
 */
final class FlowDriver {

    private final CalculatorFlows flows = new CalculatorFlows(CalcFixtures::config, CalcFixtures.clock());
    private final Language language;
    private final List<String> transcript = new ArrayList<>();
    private Optional<FlowState<?>> state = Optional.empty();
    private FlowTurn last;

    FlowDriver(Language language) {
        this.language = language;
    }

    static FlowDriver english() {
        return new FlowDriver(Language.EN);
    }

    static FlowDriver italian() {
        return new FlowDriver(Language.IT);
    }

    CalculatorFlows flows() {
        return flows;
    }

    /** Sends one message as the router would: a new request starts a flow, anything else feeds the current one. */
    FlowTurn send(String text) {
        transcript.add("> " + text);
        Optional<FlowId> request = flows.detect(text);
        if (state.isEmpty() || (request.isPresent() && text.startsWith("/") && !text.equals("/cancel"))) {
            FlowId id = request.orElseThrow(() -> new AssertionError("not a calculator request: " + text));
            last = flows.start(id, text, language);
        } else {
            last = flows.next(state.get(), text, language);
        }
        state = last.next();
        transcript.add(last.reply().plainText() + buttons(last.reply()));
        return last;
    }

    /** Presses the button whose label contains {@code label}, sending its action. */
    FlowTurn press(String label) {
        Button button = last.reply().keyboard().stream().flatMap(List::stream)
                .filter(b -> b.label().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + last.reply().keyboard()));
        return send(button.action());
    }

    FlowTurn last() {
        return last;
    }

    Optional<FlowState<?>> state() {
        return state;
    }

    String text() {
        return last.reply().plainText();
    }

    List<String> labels() {
        return last.reply().keyboard().stream().flatMap(List::stream).map(Button::label).toList();
    }

    String transcript() {
        return String.join("\n", transcript);
    }

    private static String buttons(ChatReply reply) {
        if (reply.keyboard().isEmpty()) {
            return "";
        }
        StringBuilder rows = new StringBuilder();
        for (List<Button> row : reply.keyboard()) {
            rows.append("\n  ");
            row.forEach(b -> rows.append("[").append(b.label()).append(" → ").append(b.action()).append("] "));
        }
        return rows.toString();
    }
}
