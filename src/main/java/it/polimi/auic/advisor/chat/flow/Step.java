package it.polimi.auic.advisor.chat.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One question of a flow: its key, the names it may be given in pasted {@code name=value} arguments, how it is
 * asked, how an answer is read and checked, where the answer is kept in the flow's answers, and when it is asked.
 *
 * @param <A>       the flow's answers (a record with one slot per question)
 * @param <V>       what an answer to this question is read as
 * @param key       identifies the question in the flow (for "back", and for the pending question)
 * @param names     names accepted in {@code name=value} arguments (lower case), including the CLI field name
 * @param prompt    the question, which may depend on earlier answers
 * @param parser    reads and checks one answer
 * @param slot      where the answer is kept
 * @param relevance whether the question applies, given the answers so far
 * @param skip      the label of the skip button for an optional question; {@code null} when it must be answered
 * @param undoLast  for a question that takes several messages until "done" (the exams of G), how "back" removes
 *                  the last item; {@code null} for a question answered in one message
 * @param asked     false for values only power users give inline (e.g. the studio's "as of" day)
 */
record Step<A, V>(String key, List<String> names, Prompt<A> prompt, Parser<A, V> parser, Slot<A, V> slot,
                  Relevance<A> relevance, Phrase skip, UnaryOperator<A> undoLast, boolean asked) {

    interface Prompt<A> {
        Question ask(A answers, FlowContext context);
    }

    interface Parser<A, V> {
        Parsed<V> parse(String text, A answers, FlowContext context);
    }

    interface Relevance<A> {
        boolean applies(A answers, FlowContext context);
    }

    /**
     * Where the answer lives in the answers record.
     *
     * @param value the answer kept, if any (compared to tell which questions a message answered)
     * @param keep  the answers with this answer kept, or with an empty value, cleared
     */
    record Slot<A, V>(Function<A, Optional<?>> value, BiFunction<A, Optional<V>, A> keep) {
    }

    Step {
        List<String> all = new ArrayList<>();
        all.add(key.toLowerCase(Locale.ROOT));
        names.stream().map(n -> n.toLowerCase(Locale.ROOT)).filter(n -> !all.contains(n)).forEach(all::add);
        names = List.copyOf(all);
    }

    static <A, V> Step<A, V> of(String key, List<String> names, Prompt<A> prompt, Parser<A, V> parser,
                                Function<A, Optional<?>> value, BiFunction<A, Optional<V>, A> keep) {
        return new Step<>(key, names, prompt, parser, new Slot<>(value, keep), (a, c) -> true, null, null, true);
    }

    Step<A, V> when(Relevance<A> condition) {
        return new Step<>(key, names, prompt, parser, slot, condition, skip, undoLast, asked);
    }

    Step<A, V> optional(Phrase skipLabel) {
        return new Step<>(key, names, prompt, parser, slot, relevance, skipLabel, undoLast, asked);
    }

    /** Makes the question take several messages, until the student says done; {@code back} removes the last item. */
    Step<A, V> collecting(UnaryOperator<A> back) {
        return new Step<>(key, names, prompt, parser, slot, relevance, skip, back, asked);
    }

    Step<A, V> inlineOnly() {
        return new Step<>(key, names, prompt, parser, slot, relevance, skip, undoLast, false);
    }

    boolean isOptional() {
        return skip != null;
    }

    boolean repeating() {
        return undoLast != null;
    }

    boolean applies(A answers, FlowContext context) {
        return relevance.applies(answers, context);
    }

    /** The text read as this question's answer: the answers with it kept, or why it is not an answer. */
    Parsed<A> read(String text, A answers, FlowContext context) {
        return parser.parse(text, answers, context).map(value -> slot.keep().apply(answers, Optional.of(value)));
    }

    /** The answer kept for this question, if any. */
    Optional<?> value(A answers) {
        return slot.value().apply(answers);
    }

    /** The answers without this question's. */
    A cleared(A answers) {
        return slot.keep().apply(answers, Optional.empty());
    }
}
