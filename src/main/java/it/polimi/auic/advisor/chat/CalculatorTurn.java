package it.polimi.auic.advisor.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * What one message did to a calculator conversation, as the router needs it.
 *
 * @param reply    the reply to send
 * @param pending  the conversation to keep for the next message; empty when it finished or was cancelled
 * @param rejected the message did not answer the pending question (it may be a regulation question instead)
 * @param finished the verdict's answers, kept for "what if" changes and "Try other values"; empty until a verdict
 */
public record CalculatorTurn(ChatReply reply, Optional<Calculators.Pending> pending, boolean rejected,
                             Optional<Calculators.Finished> finished) {

    public CalculatorTurn {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(finished, "finished");
    }
}
