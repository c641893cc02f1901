package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import java.util.Optional;

/**
 * The guided calculator conversations, as the router sees them. The router owns only what it needs to know (start
 * one, feed it, resume it); the conversations themselves live in {@code chat.flow}, which implements this, so the
 * dependency runs from the flows to the chat and never back.
 */
public interface Calculators {

    /**
     * Starts the calculator the message asks for: a command such as {@code /g 28x8 30Lx12}, or a request such as
     * "am I eligible for automatic admission?". Empty when the message asks for none.
     */
    Optional<CalculatorTurn> startIfAsked(String text, Language language);

    /** What the message is to the calculators, in {@code language} for the button; empty when it concerns none. */
    Optional<CalculatorRoute> route(String text, Language language);

    /** A calculator conversation waiting for the student's next message, kept in the chat's conversation. */
    interface Pending {

        /** Feeds the next message: an answer, "back", "/cancel", "skip", "done", or a button's action. */
        CalculatorTurn next(String text, Language language);

        /** The pending question again, to resume after the student asked something else meanwhile. */
        ChatReply resume(Language language);
    }
}
