package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.chat.ChatReply;
import java.util.Objects;
import java.util.Optional;

/**
 * What one message did to a calculator conversation.
 *
 * @param reply   the reply to send
 * @param next    the state to keep for the next message; empty when the flow finished or was cancelled
 * @param outcome  what happened
 * @param finished the answers the verdict was given for; empty when no verdict was given
 */
record FlowTurn(ChatReply reply, Optional<FlowState<?>> next, Outcome outcome, Optional<FlowState<?>> finished) {

    enum Outcome {
        /** A question is pending (the first one, or the next after an accepted answer). */
        ASKED,
        /** The message did not answer the pending question; the reply says why and asks again. */
        REJECTED,
        /** The verdict was given; nothing is pending. */
        FINISHED,
        /** The student cancelled; nothing is pending. */
        CANCELLED
    }

    FlowTurn {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(finished, "finished");
    }

    FlowTurn(ChatReply reply, Optional<FlowState<?>> next, Outcome outcome) {
        this(reply, next, outcome, Optional.empty());
    }

    /** The verdict for {@code answers}. */
    static FlowTurn verdict(ChatReply reply, FlowState<?> answers) {
        return new FlowTurn(reply, Optional.empty(), Outcome.FINISHED, Optional.of(answers));
    }

    /** A turn after which {@code next} waits for an answer. */
    static FlowTurn waiting(ChatReply reply, FlowState<?> next, Outcome outcome) {
        return new FlowTurn(reply, Optional.of(next), outcome);
    }

    /** A turn after which nothing is pending. */
    static FlowTurn ended(ChatReply reply, Outcome outcome) {
        return new FlowTurn(reply, Optional.empty(), outcome);
    }
}
