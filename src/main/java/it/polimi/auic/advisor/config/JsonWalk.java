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
 * Reads a config file token by token with Jackson's streaming parser, to its end: the line of each key, or the first
 * mistake in the text, explained by {@link JsonMistake} from where Jackson stopped and what it had read by then.
 */
final class JsonWalk {

    /** A value Jackson read (or a { or [ it opened), where it starts and ends, and its path ("admins[0]"). */
    record Token(JsonToken kind, int start, int end, String path) {
    }

    private final SourceText source;
    /** "admission.nvThresholds[0].credits" to its line: the key's, or for a list entry and the file, the value's. */
    private final Map<String, Integer> lines = new HashMap<>();
    private Token last;

    private JsonWalk(SourceText source) {
        this.source = source;
    }

    /** The line of each key path in {@code text}, read from a String so that Jackson's offsets count characters. */
    static Map<String, Integer> keyLines(ObjectMapper mapper, Path file, String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            return new JsonWalk(new SourceText(file, text)).walk(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String, only the JSON can be wrong, and walk() says how
        }
    }

    private Map<String, Integer> walk(JsonParser parser) throws IOException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ConfigException(source.file(), -1, null,
                        "the file is empty: it must hold the settings between { and }");
            }
            read(parser, token);
            while (!parser.getParsingContext().inRoot()) {
                token = parser.nextToken();
                read(parser, token);
            }
            if (parser.nextToken() != null) {
                throw mistake(parser).afterSettings(source.offset(parser.currentTokenLocation()));
            }
            return lines;
        } catch (JsonProcessingException e) {
            throw mistake(parser).explain(e, e.getLocation() != null ? e.getLocation() : parser.currentLocation());
        }
    }

    private void read(JsonParser parser, JsonToken token) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.FIELD_NAME) {
            lines.putIfAbsent(path(context), start.getLineNr());
            return;
        }
        if (token.isScalarValue()) {
            parser.finishToken(); // Jackson reads a text lazily; once finished, the parser stands at its end
        }
        JsonStreamContext holder = token.isStructStart() ? context.getParent() : context;
        if (!holder.inObject() && !token.isStructEnd()) {
            lines.putIfAbsent(path(holder), start.getLineNr());
        }
        int end = source.previousNonBlank(source.offset(parser.currentLocation())) + 1; // a number at the top
        last = new Token(token, source.offset(start), end, path(holder)); // is read with the blank after it
    }

    private JsonMistake mistake(JsonParser parser) {
        boolean keyRead = parser.currentToken() == JsonToken.FIELD_NAME;
        return new JsonMistake(source, parser.getParsingContext(), keyRead, last, lines);
    }

    /** The path of the value {@code context} is at: "admission.nvThresholds[0].credits", "" for the whole file. */
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
