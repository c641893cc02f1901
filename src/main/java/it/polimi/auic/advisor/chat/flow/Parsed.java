package it.polimi.auic.advisor.chat.flow;

import java.util.Map;

/** The reading of one answer: the values it gives, or why it cannot be used. */
sealed interface Parsed permits Parsed.Accepted, Parsed.Refused {

    /** @param values step key to value; usually one entry, the question's own */
    record Accepted(Map<String, Object> values) implements Parsed {
        public Accepted {
            values = Map.copyOf(values);
        }
    }

    record Refused(Phrase reason) implements Parsed {
    }

    static Parsed value(String key, Object value) {
        return new Accepted(Map.of(key, value));
    }

    static Parsed refused(String en, String it) {
        return new Refused(Phrase.of(en, it));
    }
}
