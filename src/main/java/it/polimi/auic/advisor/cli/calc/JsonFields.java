package it.polimi.auic.advisor.cli.calc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Dates;
import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.command.UsageException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One JSON object of calculator input, read strictly: every problem is a {@link UsageException} whose one line
 * names the field (with its path inside lists and objects), what was expected and what came.
 */
final class JsonFields {

    private static final int MIN_YEAR = 1950;
    private static final int MAX_YEAR = 2100;

    private final ObjectNode node;
    private final String path;

    private JsonFields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Parses the whole input, which must be exactly one JSON object. */
    static JsonFields parse(String text) {
        return new JsonFields(JsonText.parseObject(text), "");
    }

    /** Refuses any field not in {@code known}, naming the first one found and the ones expected. */
    JsonFields allowOnly(String... known) {
        Set<String> allowed = Set.of(known);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw problem(name, "unknown field; expected " + String.join(", ", Arrays.asList(known)));
            }
        }
        return this;
    }

    String fieldPath(String name) {
        return path + name;
    }

    UsageException problem(String name, String problem) {
        return new UsageException(fieldPath(InvalidInputException.excerpt(name)) + ": " + problem);
    }

    /** Runs a domain constructor, reporting its complaints under this object's path. */
    static UsageException fromDomain(InvalidInputException e, String prefix) {
        return new UsageException(e.under(prefix).getMessage());
    }

    String path() {
        return path;
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    private JsonNode required(String name, String expected) {
        if (!has(name)) {
            throw problem(name, "is required (" + expected + ")" + (node.has(name) ? ", got null" : ""));
        }
        return node.get(name);
    }

    boolean bool(String name) {
        JsonNode value = required(name, "true or false");
        if (!value.isBoolean()) {
            throw problem(name, "must be true or false, got " + kind(value));
        }
        return value.booleanValue();
    }

    Optional<Boolean> optionalBool(String name) {
        return has(name) ? Optional.of(bool(name)) : Optional.empty();
    }

    int integer(String name) {
        JsonNode value = required(name, "a whole number");
        if (!value.isNumber()) {
            throw problem(name, "must be a whole number, got " + kind(value));
        }
        BigDecimal number = value.decimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw problem(name, "must be a whole number, got " + number.toPlainString());
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw problem(name, "is out of range, got " + value.asText());
        }
    }

    Optional<Integer> optionalInteger(String name) {
        return has(name) ? Optional.of(integer(name)) : Optional.empty();
    }

    BigDecimal number(String name) {
        JsonNode value = required(name, "a number");
        if (!value.isNumber()) {
            throw problem(name, "must be a number, got " + kind(value));
        }
        return value.decimalValue();
    }

    String string(String name, String expected) {
        JsonNode value = required(name, expected);
        if (!value.isTextual()) {
            throw problem(name, "must be " + expected + " in quotes, got " + kind(value));
        }
        return value.textValue();
    }

    Optional<String> optionalString(String name, String expected) {
        return has(name) ? Optional.of(string(name, expected)) : Optional.empty();
    }

    LocalDate date(String name) {
        String text = string(name, "a date as YYYY-MM-DD");
        LocalDate date = Dates.parseIso(text).orElseThrow(() -> problem(name,
                "must be a real date as YYYY-MM-DD, got '" + InvalidInputException.excerpt(text) + "'"));
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw problem(name, "must be a date between " + MIN_YEAR + " and " + MAX_YEAR + ", got " + text);
        }
        return date;
    }

    Optional<LocalDate> optionalDate(String name) {
        return has(name) ? Optional.of(date(name)) : Optional.empty();
    }

    AcademicYear academicYear(String name) {
        String text = string(name, "an academic year like \"2023/24\"");
        return AcademicYear.parse(text).orElseThrow(() -> problem(name, "must be an academic year like \"2023/24\" (from "
                + AcademicYear.MIN_START + "/" + (AcademicYear.MIN_START + 1) % 100 + "), got '"
                + InvalidInputException.excerpt(text) + "'"));
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return choiceOf(name, string(name, "one of " + names(type)), type);
    }

    <E extends Enum<E>> E choiceOf(String name, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw problem(name, "must be one of " + names(type) + ", got '" + InvalidInputException.excerpt(text) + "'");
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** A non-null JSON array field; its elements are read by the caller. */
    List<JsonNode> array(String name, String expected) {
        JsonNode value = required(name, expected);
        if (!value.isArray()) {
            throw problem(name, "must be " + expected + ", got " + kind(value));
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** A nested object, read with the same rules, its fields reported as {@code name.field}. */
    JsonFields object(String name, String expected) {
        JsonNode value = required(name, expected);
        if (!value.isObject()) {
            throw problem(name, "must be " + expected + ", got " + kind(value));
        }
        return new JsonFields((ObjectNode) value, fieldPath(name) + ".");
    }

    /** An element of an array that must be an object, its fields reported as {@code name[i].field}. */
    JsonFields element(String name, int index, JsonNode value, String expected) {
        if (value == null || !value.isObject()) {
            throw problem(name + "[" + index + "]", "must be " + expected + ", got " + kind(value));
        }
        return new JsonFields((ObjectNode) value, fieldPath(name) + "[" + index + "].");
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String kind(JsonNode value) {
        return JsonText.describe(value);
    }
}
