package it.polimi.auic.advisor.chat.flow;

import java.util.function.Function;

/**
 * The reading of one answer: the value it gives, or why it cannot be used.
 *
 * @param <V> what the answer is read as (a day, a grade, the places of a plan...)
 */
sealed interface Parsed<V> permits Parsed.Accepted, Parsed.Refused {

    record Accepted<V>(V value) implements Parsed<V> {
    }

    record Refused<V>(Phrase reason) implements Parsed<V> {
    }

    static <V> Parsed<V> value(V value) {
        return new Accepted<>(value);
    }

    static <V> Parsed<V> refused(String en, String it) {
        return new Refused<>(Phrase.of(en, it));
    }

    /** The accepted value put through {@code then}; a refusal stays the same refusal. */
    default <R> Parsed<R> map(Function<? super V, ? extends R> then) {
        if (this instanceof Accepted<V> accepted) {
            return new Accepted<>(then.apply(accepted.value()));
        }
        return new Refused<>(((Refused<V>) this).reason());
    }
}
