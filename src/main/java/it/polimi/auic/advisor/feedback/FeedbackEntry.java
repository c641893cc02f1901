package it.polimi.auic.advisor.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the feedback log. On purpose there is no field for who asked (user id, chat id, name):
 * nothing that could identify a student can be stored, whatever the caller has at hand.
 *
 * @param time     when it happened
 * @param kind     refused question, or the student's rating of an answer
 * @param question what the student asked, cleaned to one line of at most 500 characters
 * @param section  for a rated answer, the passage it rested on ("programme-rules 7.2"); otherwise {@code null}
 * @param answer   for a question the School's staff answered, their answer; otherwise {@code null}
 */
@JsonPropertyOrder({"time", "kind", "question", "section", "answer"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackEntry(
        @JsonProperty(value = "time", required = true) Instant time,
        @JsonProperty(value = "kind", required = true) FeedbackKind kind,
        @JsonProperty(value = "question", required = true) String question,
        @JsonProperty("section") String section,
        @JsonProperty("answer") String answer) {

    public FeedbackEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        // Cleaned here too, so that a hand-edited log line cannot smuggle control characters into a report.
        question = QuestionText.clean(question, QuestionText.MAX_QUESTION_LENGTH);
        section = section == null ? null : QuestionText.clean(section, QuestionText.MAX_SECTION_LENGTH);
        if (section != null && section.isEmpty()) {
            section = null;
        }
        answer = answer == null || answer.isBlank() ? null : QuestionText.clean(answer, QuestionText.MAX_ANSWER_LENGTH);
    }

    public FeedbackEntry(Instant time, FeedbackKind kind, String question, String section) {
        this(time, kind, question, section, null);
    }

    public static FeedbackEntry staffAnswered(Instant time, String question, String answer) {
        return new FeedbackEntry(time, FeedbackKind.STAFF, question, null, answer);
    }

    public static FeedbackEntry unanswered(Instant time, String question) {
        return new FeedbackEntry(time, FeedbackKind.UNANSWERED, question, null);
    }

    public static FeedbackEntry rated(Instant time, boolean helpful, String question, String section) {
        return new FeedbackEntry(time, helpful ? FeedbackKind.HELPFUL : FeedbackKind.UNHELPFUL, question, section);
    }
}
