package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
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
    private static final int LONGEST_SHOWN = 40;

    private ValueKinds() {
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    /** How a value reads in a message: text in double quotes, a number or literal as written, a list or braces. */
    static String shown(JsonNode value) {
        if (value.isContainerNode()) {
            return value.isObject() ? "{ ... }" : "a list [...]";
        }
        String text = value.asText();
        return !value.isTextual() ? text
                : "\"" + (text.length() <= LONGEST_SHOWN ? text : text.substring(0, LONGEST_SHOWN) + "...") + "\"";
    }

    /** How {@code value} misses the kind {@code type} wants, or empty when it fits (or the kind is not one of ours). */
    static Optional<String> mismatch(Class<?> type, JsonNode value) {
        boolean isText = value.isTextual();
        String text = value.isValueNode() ? value.asText() : "";
        String not = ", not " + shown(value);
        if (WHOLE.contains(type)) {
            if (value.isIntegralNumber()) {
                boolean isInt = type == int.class || type == Integer.class;
                return (isInt ? value.canConvertToInt() : value.canConvertToLong()) ? Optional.empty()
                        : Optional.of("must be a whole number between " + (isInt ? Integer.MIN_VALUE : Long.MIN_VALUE)
                                + " and " + (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE) + not);
            }
            if (isText && text.startsWith("@")) {
                return Optional.of("must be a numeric Telegram id, not a username (" + text
                        + "); the README says how to find one (see \"Configure it\")");
            }
            if (isText && text.matches(INTEGER)) {
                return Optional.of("must be a whole number without quotes: " + text + not);
            }
            return Optional.of("must be a whole number" + not);
        }
        if (DECIMAL.contains(type)) {
            if (value.isNumber()) {
                return Optional.empty();
            }
            if (isText && text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                return Optional.of("must be a number without quotes: " + text + not);
            }
            if (isText && text.matches("-?[0-9]+,[0-9]+")) {
                return Optional.of("must be a number written with a dot and without quotes: " + text.replace(',', '.') + not);
            }
            return Optional.of("must be a number" + not);
        }
        if (YES_NO.contains(type)) {
            return value.isBoolean() ? Optional.empty()
                    : Optional.of("must be true or false (lower case, without quotes)" + not);
        }
        if (type == String.class) {
            if (isText) {
                return Optional.empty();
            }
            boolean quotable = value.isValueNode() && !value.isNull();
            return Optional.of("must be text in double quotes" + (quotable ? ": \"" + shown(value) + "\"" : "") + not);
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
