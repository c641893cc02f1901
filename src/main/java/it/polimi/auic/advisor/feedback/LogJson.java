package it.polimi.auic.advisor.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;

/** The one way entries are turned into log lines and back. */
final class LogJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            // Lines written by a later version may carry more fields; this version still reads the rest.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private LogJson() {
    }

    /** The entry as one line of JSON, newline included. */
    static byte[] line(FeedbackEntry entry) throws JsonProcessingException {
        byte[] json = MAPPER.writeValueAsBytes(entry);
        byte[] line = Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    /** The entry on one line, or throws when the line is torn, hand-mangled or not an entry. */
    static FeedbackEntry parse(String line) throws JsonProcessingException {
        FeedbackEntry entry = MAPPER.readValue(line, FeedbackEntry.class);
        if (entry == null) {
            throw new IllegalArgumentException("not an entry");
        }
        return entry;
    }
}
