package it.polimi.auic.advisor.chat.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a calculator conversation stands: the flow, its answers so far (already parsed and checked, so the raw text a
 * student typed is never kept), which questions were answered in what order, and the question pending. Immutable;
 * every change makes a new value.
 *
 * @param <A>        the flow's answers
 * @param definition the calculator being filled in
 * @param answers    the answers so far; a skipped optional question is answered and keeps no value
 * @param answered   the keys of the questions answered, in order, for "back"
 * @param pending    the key of the question waiting for an answer
 */
record FlowState<A>(FlowDefinition<A> definition, A answers, List<String> answered, String pending) {

    FlowState {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(pending, "pending");
        answered = List.copyOf(answered);
    }

    static <A> FlowState<A> begin(FlowDefinition<A> definition) {
        return new FlowState<>(definition, definition.noAnswers(), List.of(), "");
    }

    FlowId flow() {
        return definition.id();
    }

    boolean isAnswered(String key) {
        return answered.contains(key);
    }

    FlowState<A> pendingOn(String key) {
        return new FlowState<>(definition, answers, answered, key);
    }

    /**
     * Records a complete answer to {@code key}: {@code updated} holds it, and whatever else the same message
     * answered (a whole Alliance4Tech plan typed at once fills several semesters), each then counts as answered.
     */
    FlowState<A> answer(String key, A updated) {
        List<String> order = new ArrayList<>(answered);
        for (Step<A, ?> step : definition.steps()) {
            if (step.key().equals(key) || !step.value(answers).equals(step.value(updated))) {
                order.remove(step.key());
                order.add(step.key());
            }
        }
        return new FlowState<>(definition, updated, order, pending);
    }

    /** Keeps a partial answer to a question that takes several messages (the exams of G), not answered yet. */
    FlowState<A> collect(A updated) {
        return new FlowState<>(definition, updated, answered, pending);
    }

    /** Forgets the answer to {@code key}. */
    FlowState<A> forget(String key) {
        A kept = definition.step(key).map(step -> step.cleared(answers)).orElse(answers);
        List<String> order = new ArrayList<>(answered);
        order.remove(key);
        return new FlowState<>(definition, kept, order, pending);
    }
}
