package it.polimi.auic.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code knowledge/} is the regulation's own text: the programme rules have exactly the
 * sections of the regulation's table of contents, with its numbers and headings, and the mobility page
 * the section ids the FAQ and the Alliance4Tech calculator cite. (Not a rule for staff edits, which may add
 * sections: a check of this transcription.)
 */
class TranscriptionTest {

    private static final Path KNOWLEDGE = Path.of("knowledge");

    /**
     * The programme rules' table of contents: every section number with its heading, in order. The
     * calculators, the FAQ and the students cite these numbers, so they must stay the regulation's own.
     */
    private static final Map<String, String> PROGRAMME_RULES_CONTENTS = contents(
            "1", "Admission to the Programme - Students with Italian Degrees",
            "1.1", "Programme Requirements and Specifications",
            "1.2", "Procedures for Submission of Admission Applications for AUIC School Candidates",
            "1.2.1", "Programme and Previously Approved Study Plan Options",
            "1.3", "Assessment Parameters",
            "1.3.1", "Graduate Students of the Politecnico di Milano Automatically Entitled to Admission",
            "1.3.2", "Students Admitted with Assessment of Merit",
            "1.4", "Documents Required for Students Automatically Entitled to Admission to the Programme",
            "1.5", "Documents Required for Students Admitted with Assessment of Merit",
            "1.5.1", "Students of the Politecnico di Milano",
            "1.5.2", "Students from Other Universities",
            "1.5.3", "Students who have Submitted an Admission Application during Previous Sessions",
            "1.6", "Results and Publication of the Ranking List of Students Admitted",
            "1.6.1", "Ranking system",
            "1.7", "Examination Validation",
            "2", "Admission to the Programme - Students with Foreign Degrees",
            "3", "Transfers and Changes",
            "4", "Deadlines for First-Year Enrolment Administrative Procedures",
            "5", "Study Plan",
            "5.1", "Deadlines for Annual Study Plan Submission",
            "5.2", "Half-year Change of Study Plan",
            "5.3", "Additional Payment",
            "5.4", "Attendance",
            "5.4.1", "Studios",
            "5.5", "Courses as Extra",
            "6", "Allocations",
            "6.1", "Studios",
            "6.2", "Single-subject and Integrated Courses",
            "6.3", "Course Priorities",
            "7", "Elective Activities",
            "7.1", "Optional Courses",
            "7.2", "Workshops",
            "8", "Traineeship",
            "9", "Examinations",
            "9.1", "Procedures",
            "10", "Final Test");

    /** The mobility page's section ids that FAQ entries and the Alliance4Tech calculator cite. */
    private static final List<String> MOBILITY_IDS = List.of("outgoing", "auic-tips", "erasmus-plus", "alliance4tech",
            "alliance4tech-how-it-works", "alliance4tech-when-to-apply", "alliance4tech-more-information",
            "alliance4tech-application", "athens");

    @Test
    void theShippedKnowledgeFollowsTheRegulationsTableOfContents() {
        KnowledgeBase knowledge = KnowledgeLoader.load(KNOWLEDGE);
        List<String> report = new ArrayList<>();
        checkProgrammeRules(knowledge, report);
        checkMobility(knowledge, report);
        if (!report.isEmpty()) {
            fail(String.join("\n", report));
        }
    }

    private static void checkProgrammeRules(KnowledgeBase knowledge, List<String> report) {
        Document rules = knowledge.document("programme-rules").orElse(null);
        if (rules == null) {
            report.add("no document 'programme-rules'");
            return;
        }
        PROGRAMME_RULES_CONTENTS.forEach((id, heading) -> rules.section(id).ifPresentOrElse(section -> {
            if (!section.title().equals(heading)) {
                report.add("programme-rules " + id + ": heading '" + section.title() + "', the regulation's is '"
                        + heading + "'");
            }
        }, () -> report.add("programme-rules " + id + " (" + heading + "): missing")));
        List<String> order = rules.sections().stream().map(Section::id).toList();
        List<String> expected = List.copyOf(PROGRAMME_RULES_CONTENTS.keySet());
        if (!order.equals(expected)) {
            report.add("programme-rules: sections are " + order + "; the regulation's table of contents is " + expected);
        }
    }

    private static void checkMobility(KnowledgeBase knowledge, List<String> report) {
        Document mobility = knowledge.document("mobility").orElse(null);
        if (mobility == null) {
            report.add("no document 'mobility'");
            return;
        }
        for (String id : MOBILITY_IDS) {
            if (mobility.section(id).isEmpty()) {
                report.add("mobility " + id + ": missing");
            }
        }
    }

    private static Map<String, String> contents(String... idsAndHeadings) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (int i = 0; i < idsAndHeadings.length; i += 2) {
            contents.put(idsAndHeadings[i], idsAndHeadings[i + 1]);
        }
        assertEquals(0, idsAndHeadings.length % 2);
        return contents;
    }
}
