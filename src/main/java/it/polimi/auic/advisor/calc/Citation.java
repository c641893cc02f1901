package it.polimi.auic.advisor.calc;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every regulation section a calculator can cite, as (document, section) ids of {@code knowledge/}. A content
 * test checks that each one exists, so a renumbered section breaks the build rather than a student's answer.
 */
public enum Citation {
    AUTOMATIC_ADMISSION("programme-rules", "1.3.1"),
    MERIT_ASSESSMENT("programme-rules", "1.3.2"),
    RANKING("programme-rules", "1.6"),
    STUDIO_ATTENDANCE("programme-rules", "5.4.1"),
    STUDIO_ALLOCATION("programme-rules", "6.1"),
    EXAMINATIONS("programme-rules", "9.1"),
    ALLIANCE4TECH_HOW_IT_WORKS("mobility", "alliance4tech-how-it-works"),
    ALLIANCE4TECH_WHEN_TO_APPLY("mobility", "alliance4tech-when-to-apply");

    public static final String PROGRAMME_RULES = "programme-rules";
    public static final String MOBILITY = "mobility";

    private final String document;
    private final String section;

    Citation(String document, String section) {
        this.document = document;
        this.section = section;
    }

    /** The knowledge document id: {@code programme-rules} or {@code mobility}. */
    public String document() {
        return document;
    }

    /** The section id inside the document, e.g. {@code 1.3.1} or {@code alliance4tech-how-it-works}. */
    public String section() {
        return section;
    }

    /** All the references the calculators can cite. */
    public static Set<Citation> all() {
        return EnumSet.allOf(Citation.class);
    }
}
