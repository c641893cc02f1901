package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One calculator's conversation: its questions in order, the record its answers are collected in, and the verdict
 * once they are answered.
 *
 * @param <A> the answers: one slot per question, empty until answered
 */
interface FlowDefinition<A> {

    FlowId id();

    /** One or two sentences before the first question: what is checked, against which section. */
    Phrase intro();

    /** The answers before any question is answered. */
    A noAnswers();

    List<Step<A, ?>> steps();

    /** A complete pasted request, shown when a pasted name is not understood (the documented syntax by example). */
    String pasteExample();

    /**
     * Values recognised anywhere in the first message besides {@code name=value} pairs (for G: "28x8 30Lx12"), by
     * the key of the question they answer: the answers with them kept, or why they cannot be; empty when the flow
     * has no such shorthand.
     */
    default Map<String, Parsed<A>> shorthand(String text, A answers, FlowContext context) {
        return Map.of();
    }

    /**
     * Values a sentence gives in the student's own words ("my average is 27 with 150 credits, portfolio 15", "I
     * attended in 2025/26 with 80% attendance"), as the text each question's parser reads, by the key of the
     * question: what the first message tells up front, and what a "what if" changes. Only values the text ties to
     * a question (a word next to them, or a form no other question has); empty when it gives none.
     */
    default Map<String, String> valuesIn(String text, FlowContext context) {
        return Map.of();
    }

    /**
     * The verdict for complete answers.
     *
     * @throws it.polimi.auic.advisor.calc.InvalidInputException when the answers together break a rule no single
     *         question could check; the engine re-asks the question named by the field
     */
    ChatReply verdict(A answers, FlowContext context, Language language);

    /** A short name for the answer to question {@code key}, for "Try other values" ("Average", "Media"). */
    default Phrase label(String key) {
        return Phrase.of(key, key);
    }

    default Optional<Step<A, ?>> step(String key) {
        return steps().stream().filter(step -> step.key().equals(key)).findFirst();
    }
}
