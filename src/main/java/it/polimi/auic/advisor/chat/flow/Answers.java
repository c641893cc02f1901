package it.polimi.auic.advisor.chat.flow;

import java.util.Optional;

/** Typed reading of a flow's answers so far. */
record Answers(FlowState state) {

    /** The answer, empty when not given yet, or skipped (a skipped optional question keeps an empty Optional). */
    <T> Optional<T> get(String key, Class<T> type) {
        return state.value(key).filter(type::isInstance).map(type::cast);
    }

    <T> T require(String key, Class<T> type) {
        return get(key, type).orElseThrow(() -> new IllegalStateException("no answer for " + key));
    }

    boolean is(String key) {
        return get(key, Boolean.class).orElse(false);
    }
}
