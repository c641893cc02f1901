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

    /**
     * A calculator's verdict, kept in the chat's conversation after it is given: a message that changes one of
     * its values ("and with a 28 average?", "e se il portfolio fosse 18?") recomputes it with the others kept,
     * and "Try other values" lets the student pick which answer to change.
     */
    interface Finished {

        /** The verdict again with the values the message changes, saying what changed; empty when it changes none. */
        Optional<CalculatorTurn> whatIf(String text, Language language);

        /** Whether the message asks to try other values (the button under a verdict, or its words typed). */
        boolean asksToChange(String text);

        /** The question: which answer to change, one button per answer given. */
        CalculatorTurn chooseChange(Language language);
    }

    /** A calculator conversation waiting for the student's next message, kept in the chat's conversation. */
    interface Pending {

        /** Feeds the next message: an answer, "back", "/cancel", "skip", "done", or a button's action. */
        CalculatorTurn next(String text, Language language);

        /** The pending question again, to resume after the student asked something else meanwhile. */
        ChatReply resume(Language language);
    }
}
