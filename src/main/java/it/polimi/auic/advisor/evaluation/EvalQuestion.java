package it.polimi.auic.advisor.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One question of an evaluation file: either it expects a passage containing one of {@code expect}, or
 * ({@code abstain}) it expects the advisor to say it does not know.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(
        @JsonProperty("id") String id,
        @JsonProperty("q") String question,
        @JsonProperty("expect") List<String> expect,
        @JsonProperty("abstain") boolean abstain,
        @JsonProperty("lang") String lang,
        @JsonProperty("tag") String tag) {

    public EvalQuestion {
        expect = expect == null ? List.of() : List.copyOf(expect);
    }

    /** The group figures are reported by: "abstain", the language or tag, or "en". */
    public String group() {
        if (abstain) {
            return "abstain";
        }
        if (lang != null && !lang.isBlank()) {
            return lang;
        }
        return tag != null && !tag.isBlank() ? tag : "en";
    }

    /** The question's language: "it" when the file says so, "en" otherwise. */
    public String language() {
        return lang != null && !lang.isBlank() ? lang : "en";
    }

    /** Whether a passage's text is one this question accepts (case and whitespace folded, as acceptance does). */
    public boolean accepts(String passageText) {
        if (passageText.length() > 3000) {
            return false;
        }
        String text = fold(passageText);
        return expect.stream().anyMatch(e -> text.contains(fold(e)));
    }

    /** Whether the reply a student reads shows one of the expected phrases, folded the same way. */
    public boolean shownIn(String reply) {
        String text = fold(reply);
        return expect.stream().anyMatch(e -> text.contains(fold(e)));
    }

    static String fold(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'')
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("(?U)\\s+", " ") // Unicode whitespace: the mobility page has no-break spaces
                .strip();
    }
}
