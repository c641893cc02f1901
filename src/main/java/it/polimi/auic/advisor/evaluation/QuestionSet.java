package it.polimi.auic.advisor.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A file of evaluation questions, in the format of {@code ../shared/eval/dev-questions.json}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionSet(@JsonProperty("questions") List<EvalQuestion> questions) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public QuestionSet {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** Reads the file; an unreadable or malformed file is an {@link IllegalArgumentException} naming it. */
    public static QuestionSet read(Path file) {
        try {
            QuestionSet set = MAPPER.readValue(file.toFile(), QuestionSet.class);
            for (EvalQuestion q : set.questions()) {
                if (q.question() == null || (!q.abstain() && q.expect().isEmpty())) {
                    throw new IllegalArgumentException(file + ": question '" + q.id()
                            + "' needs a 'q' and either 'expect' phrases or \"abstain\": true");
                }
            }
            return set;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a question file: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
