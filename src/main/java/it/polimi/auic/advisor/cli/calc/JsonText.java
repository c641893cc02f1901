package it.polimi.auic.advisor.cli.calc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.command.UsageException;

/** The raw input as JSON: one object, strictly parsed, and values described the way error messages quote them. */
final class JsonText {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Exact decimals: 27.045 must stay 27.045 for rounding half up.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonText() {
    }

    static ObjectNode parseObject(String text) {
        if (text.isBlank()) {
            throw new UsageException("no input: expected one JSON object on stdin");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UsageException("input is not valid JSON" + where(e.getLocation()) + ": " + reason(e));
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("input must be one JSON object {...}, got " + describe(root));
        }
        return (ObjectNode) root;
    }

    /** "the text \"150\"", "10.5", "a list [...]": what came instead of what was expected. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "the text \"" + InvalidInputException.excerpt(value.textValue()) + "\"";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "a list [...]" : "an object {...}";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        String line = message.lines().findFirst().orElse("unreadable");
        // Jackson's wording names its own types and sources; the user needs the position and the gist only.
        line = line.replaceAll("\\s*\\(start marker at.*$", "").replaceAll("\\s*at \\[Source.*$", "")
                .replaceAll("\\(class [^)]*\\)", "").replaceAll("[A-Za-z.]*Exception", "error").trim();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
