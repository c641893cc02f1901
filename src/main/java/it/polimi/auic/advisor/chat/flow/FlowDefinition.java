package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.chat.Language;
import java.util.List;
import java.util.Map;

/** One calculator's conversation: its questions in order, and the verdict once they are answered. */
interface FlowDefinition {

    FlowId id();

    /** One or two sentences before the first question: what is checked, against which section. */
    Phrase intro();

    List<Step> steps();

    /** A complete pasted request, shown when a pasted name is not understood (the documented syntax by example). */
    String pasteExample();

    /**
     * Values recognised anywhere in the first message besides {@code name=value} pairs (for G: "28x8 30Lx12");
     * empty when the flow has no such shorthand.
     */
    default Map<String, Parsed> shorthand(String text, FlowContext context) {
        return Map.of();
    }

    /**
     * The verdict for complete answers.
     *
     * @throws it.polimi.auic.advisor.calc.InvalidInputException when the answers together break a rule no single
     *         question could check; the engine re-asks the question named by the field
     */
    ChatReply verdict(Answers answers, FlowContext context, Language language);
}
