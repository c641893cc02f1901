package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one JSON file of {@code config/} into a record, strictly: unknown keys, duplicate keys, wrong types and
 * missing values are refused with the file, line and key at fault, in words staff understand. A key is required when
 * its {@code @JsonProperty} says {@code required = true} (every key but the few optional ones); an optional key that
 * is absent comes in as {@code null}, for the record to put its default in.
 *
 * <p>The file is checked in three steps, all read by Jackson: the text, token by token ({@link JsonWalk}, which
 * explains a mistake with {@link JsonMistake} and keeps each key's line), its keys and kinds of value against the
 * record ({@link ConfigShape}, on Jackson's tree), then Jackson binds it. Jackson refusing what the first two passed
 * would be a gap in them; its message is not shown even then, as it names Java types.
 */
public final class JsonConfigReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(new JavaTimeModule())
            .build();
    /** For the shape check: numbers kept as written, so that a message can show 1.50 as 1.50. */
    private static final ObjectReader TREES = MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private JsonConfigReader() {
    }

    public static <T> T read(Path file, Class<T> type) {
        String text = text(file);
        Map<String, Integer> lines = JsonWalk.keyLines(MAPPER, file, text);
        try {
            ConfigShape.check(file, TREES.readTree(text), lines, type);
            return MAPPER.readValue(text, type);
        } catch (JsonMappingException e) {
            String key = path(e);
            Throwable cause = e.getCause();
            String problem = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() // the record's own check, in our words
                    : "cannot be used here; the README (\"Configure it\") says what this file holds";
            throw new ConfigException(file, line(e.getLocation()), key.isEmpty() ? null : key, problem);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, line(e.getLocation()), null,
                    "is not valid JSON here; compare it with the file as shipped in the repository");
        }
    }

    /** The line of {@code key} (as in "admission.nvThresholds[0].credits") in {@code file}, or -1 when not found. */
    static int lineOf(Path file, String key) {
        if (key == null || key.isEmpty()) {
            return -1;
        }
        try {
            return JsonWalk.keyLines(MAPPER, file, text(file)).getOrDefault(key, -1);
        } catch (ConfigException e) {
            return -1;
        }
    }

    /** The file's text, decoded as UTF-8 without the byte order mark some Windows editors put first. */
    private static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, -1, null, "file not found: the advisor needs it in the config folder");
        } catch (AccessDeniedException e) {
            throw new ConfigException(file, -1, null, "cannot be read: the advisor is not allowed to open it");
        } catch (IOException e) {
            throw new ConfigException(file, -1, null, "cannot be read: check that it is a file and not a folder");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new ConfigException(file, -1, null, "is saved as UTF-16 (\"Unicode\"): save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            throw new ConfigException(file, new SourceText(file, before).line(before.length()), null,
                    "has a character that is not saved as UTF-8 (often an accented letter written by an older "
                            + "editor): save the file as UTF-8");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int line(JsonLocation location) {
        return location == null ? -1 : location.getLineNr();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
