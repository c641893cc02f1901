package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a config file token by token with Jackson's streaming parser, to the end: the line each key starts on, or
 * the first mistake in the text, explained by {@link JsonMistake} from where Jackson stopped and what it had read.
 */
final class JsonWalk {

    /** A value Jackson read, where it starts and ends in the text, and its key path ("admins[0]"). */
    record Token(JsonToken kind, int start, int end, String path) {
    }

    private final SourceText source;
    /** "admission.nvThresholds[0].credits" to its line: a key's, or for a list entry and the whole file, the value's. */
    private final Map<String, Integer> lines = new HashMap<>();
    private Token last;

    private JsonWalk(Path file, String text) {
        this.source = new SourceText(file, text);
    }

    /** The line of each key path in {@code text} (read from a String, so Jackson's offsets count characters). */
    static Map<String, Integer> keyLines(ObjectMapper mapper, Path file, String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            return new JsonWalk(file, text).walk(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // only the JSON itself can be wrong in a String
        }
    }

    private Map<String, Integer> walk(JsonParser parser) throws IOException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ConfigException(source.file(), -1, null, "the file is empty: it must hold the settings between { and }");
            }
            while (!closesTheFile(parser, token)) {
                read(parser, token);
                token = parser.nextToken();
            }
            read(parser, token);
            if (parser.nextToken() != null) {
                throw mistake(parser).afterSettings(source.offset(parser.currentTokenLocation()));
            }
            return lines;
        } catch (JsonProcessingException e) {
            throw mistake(parser).explain(e);
        }
    }

    private static boolean closesTheFile(JsonParser parser, JsonToken token) {
        return parser.getParsingContext().inRoot() && (token.isScalarValue() || token.isStructEnd());
    }

    private void read(JsonParser parser, JsonToken token) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.FIELD_NAME) {
            lines.putIfAbsent(path(context), start.getLineNr());
            return;
        }
        if (token.isScalarValue()) {
            parser.finishToken(); // Jackson reads text lazily; finished, the parser stands at its end
        }
        JsonStreamContext holder = token.isStructStart() ? context.getParent() : context;
        String path = path(holder);
        if (!holder.inObject() && !token.isStructEnd()) {
            lines.putIfAbsent(path, start.getLineNr());
        }
        last = new Token(token, source.offset(start), source.offset(parser.currentLocation()), path);
    }

    private JsonMistake mistake(JsonParser parser) {
        return new JsonMistake(source, parser.getParsingContext(),
                parser.currentToken() == JsonToken.FIELD_NAME, last, lines);
    }

    /** The key path of the value {@code context} is at: "admission.nvThresholds[0].credits", "" for the whole file. */
    static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + context.getCurrentIndex() + "]";
        }
        String name = context.getCurrentName();
        return name == null ? parent : parent.isEmpty() ? name : parent + "." + name;
    }
}
