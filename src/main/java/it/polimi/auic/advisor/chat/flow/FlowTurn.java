package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.chat.ChatReply;
import java.util.Optional;

/** Stand-in until the calculator flows land from their branch. */
public record FlowTurn(ChatReply reply, Optional<FlowState> next, Outcome outcome) {

    public enum Outcome { ASKED, REJECTED, FINISHED, CANCELLED }
}
