package it.polimi.auic.advisor.chat.flow;

/** Stand-in until the calculator flows land from their branch. */
public record FlowState(FlowId id) {
}
