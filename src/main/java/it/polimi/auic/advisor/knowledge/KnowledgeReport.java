package it.polimi.auic.advisor.knowledge;

import java.util.List;

/**
 * What checking {@code knowledge/} found: errors, which stop an edit from going live, and warnings, for
 * mistakes the advisor can live with but students would notice (a glossary rule that finds nothing, a
 * table served as raw '|', a FAQ phrasing quoting a figure its section no longer has).
 *
 * @param errors   what must be fixed before the folder is used, in the order of the files
 * @param warnings what is probably a mistake, in the order of the files
 */
public record KnowledgeReport(List<Problem> errors, List<Problem> warnings) {

    public KnowledgeReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A warning as staff read it: "warning: file:line: what is wrong". */
    public static String warningLine(Problem warning) {
        return "warning: " + warning;
    }
}
