package it.polimi.auic.advisor.config;

import it.polimi.auic.advisor.config.SourceValue.Kind;
import it.polimi.auic.advisor.config.SourceValue.ScalarValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of value a config key holds (text, whole number, number, true/false), in staff's words. */
final class ValueKinds {

    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class);
    private static final Set<Class<?>> DECIMAL = Set.of(BigDecimal.class, double.class, Double.class);
    private static final Set<Class<?>> YES_NO = Set.of(boolean.class, Boolean.class);
    private static final String INTEGER = "-?[0-9]+";

    private ValueKinds() {
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    /** How {@code value} misses the kind {@code type} wants, or empty when it fits (or the kind is not one of ours). */
    static Optional<String> mismatch(Class<?> type, SourceValue value) {
        Kind kind = value instanceof ScalarValue scalar ? scalar.kind() : null;
        String text = value instanceof ScalarValue scalar ? scalar.text() : "";
        String not = ", not " + value.shown();
        if (WHOLE.contains(type)) {
            if (kind == Kind.NUMBER && text.matches(INTEGER)) {
                long lowest = type == int.class || type == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
                long highest = type == int.class || type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
                BigInteger number = new BigInteger(text);
                boolean fits = number.compareTo(BigInteger.valueOf(lowest)) >= 0
                        && number.compareTo(BigInteger.valueOf(highest)) <= 0;
                return fits ? Optional.empty()
                        : Optional.of("must be a whole number between " + lowest + " and " + highest + not);
            }
            if (kind == Kind.TEXT && text.startsWith("@")) {
                return Optional.of("must be a numeric Telegram id, not a username (" + text
                        + "); the README says how to find one (see \"Configure it\")");
            }
            if (kind == Kind.TEXT && text.matches(INTEGER)) {
                return Optional.of("must be a whole number without quotes: " + text + not);
            }
            return Optional.of("must be a whole number" + not);
        }
        if (DECIMAL.contains(type)) {
            if (kind == Kind.NUMBER) {
                return Optional.empty();
            }
            if (kind == Kind.TEXT && text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                return Optional.of("must be a number without quotes: " + text + not);
            }
            if (kind == Kind.TEXT && text.matches("-?[0-9]+,[0-9]+")) {
                return Optional.of("must be a number written with a dot and without quotes: " + text.replace(',', '.') + not);
            }
            return Optional.of("must be a number" + not);
        }
        if (YES_NO.contains(type)) {
            return kind == Kind.TRUE || kind == Kind.FALSE ? Optional.empty()
                    : Optional.of("must be true or false (lower case, without quotes)" + not);
        }
        if (type == String.class) {
            if (kind == Kind.TEXT) {
                return Optional.empty();
            }
            boolean quotable = kind != null && kind != Kind.NULL;
            return Optional.of("must be text in double quotes" + (quotable ? ": \"" + text + "\"" : "") + not);
        }
        return Optional.empty();
    }

    /** What a value of {@code type} looks like, for "add it, e.g. ...": nested settings beyond one level as { ... }. */
    static String example(Type type, int depth) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            if (depth > 0) {
                return "{ ... }";
            }
            var settings = ConfigShape.settingsOf(raw).values();
            boolean someRequired = settings.stream().anyMatch(ConfigShape.Setting::required);
            return settings.stream().filter(s -> s.required() || !someRequired)
                    .map(s -> "\"" + s.name() + "\": " + example(s.type(), depth + 1))
                    .collect(Collectors.joining(", ", "{ ", " }"));
        }
        if (List.class.isAssignableFrom(raw)) {
            Type item = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            return "[" + example(item, depth) + ", ...]";
        }
        if (WHOLE.contains(raw)) {
            return "<whole number>";
        }
        if (DECIMAL.contains(raw)) {
            return "<number>";
        }
        if (YES_NO.contains(raw)) {
            return "<true or false>";
        }
        return raw == String.class ? "\"<text>\"" : "...";
    }
}
