package it.polimi.auic.advisor.chat.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a calculator conversation stands: the flow, the answers so far (already parsed and checked, so the raw
 * text a student typed is never kept) and the question pending. Immutable; every change makes a new value.
 *
 * @param flow     the calculator being filled in
 * @param answers  step key to parsed value (an empty {@link Optional} for a skipped optional question)
 * @param answered the step keys in the order they were answered, for "back"
 * @param pending  the key of the question waiting for an answer
 */
public record FlowState(FlowId flow, Map<String, Object> answers, List<String> answered, String pending) {

    public FlowState {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(pending, "pending");
        answers = Map.copyOf(answers);
        answered = List.copyOf(answered);
    }

    static FlowState begin(FlowId flow) {
        return new FlowState(flow, Map.of(), List.of(), "");
    }

    boolean isAnswered(String key) {
        return answered.contains(key);
    }

    Optional<Object> value(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    FlowState pendingOn(String key) {
        return new FlowState(flow, answers, answered, key);
    }

    /** Records a complete answer to {@code key} (and any other values the same message filled). */
    FlowState answer(String key, Map<String, Object> values) {
        Map<String, Object> merged = new HashMap<>(answers);
        merged.putAll(values);
        List<String> order = new ArrayList<>(answered);
        for (String filled : values.keySet()) {
            order.remove(filled);
            order.add(filled);
        }
        if (!order.contains(key)) {
            order.add(key);
        }
        return new FlowState(flow, merged, order, pending);
    }

    /** Keeps a partial value for a question that takes several messages (the exams of G). */
    FlowState collect(String key, Object value) {
        Map<String, Object> merged = new HashMap<>(answers);
        merged.put(key, value);
        return new FlowState(flow, merged, answered, pending);
    }

    /** Forgets the answer to {@code key}. */
    FlowState forget(String key) {
        Map<String, Object> kept = new HashMap<>(answers);
        kept.remove(key);
        List<String> order = new ArrayList<>(answered);
        order.remove(key);
        return new FlowState(flow, kept, order, pending);
    }
}
