package it.polimi.auic.advisor.calc;

import java.util.Objects;

/**
 * One rule a calculator checked: whether it is met, where the regulation states it, and one sentence that
 * explains the result with the student's own figures, in English and Italian.
 *
 * @param rule     stable id of the rule, e.g. {@code graduated-within-4-years}
 * @param met      whether the student meets it
 * @param citation the section the rule comes from
 * @param detail   one sentence in English
 * @param detailIt the same sentence in Italian
 */
public record Finding(String rule, boolean met, Citation citation, String detail, String detailIt) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(detailIt, "detailIt");
    }

    public static Finding of(String rule, boolean met, Citation citation, String detail, String detailIt) {
        return new Finding(rule, met, citation, detail, detailIt);
    }

    public String document() {
        return citation.document();
    }

    public String section() {
        return citation.section();
    }
}
