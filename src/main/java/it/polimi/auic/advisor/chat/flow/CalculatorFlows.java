package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.chat.Language;
import it.polimi.auic.advisor.config.CalculatorConfig;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** Stand-in until the calculator flows land from their branch: detects nothing. */
public final class CalculatorFlows {

    public CalculatorFlows(Supplier<CalculatorConfig> config, Clock clock) {
    }

    public Optional<FlowId> detect(String text) {
        return Optional.empty();
    }

    public FlowTurn start(FlowId id, String text, Language language) {
        return new FlowTurn(ChatReply.text("The calculators are not available yet."), Optional.empty(),
                FlowTurn.Outcome.CANCELLED);
    }

    public FlowTurn next(FlowState state, String text, Language language) {
        return start(state.id(), text, language);
    }

    public ChatReply resume(FlowState state, Language language) {
        return ChatReply.text("");
    }
}
