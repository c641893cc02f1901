package it.polimi.auic.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one FAQ file: entries of the form
 * <pre>
 * ## How many workshop credits can be recognised?
 * section: programme-rules 7.2
 * answer: Students can request recognition of a maximum of 8 ECTS.
 * - max ECTS from workshops
 * - quanti crediti per i workshop
 * </pre>
 * The question, exactly one {@code section:} line, one or more {@code answer:} lines (the sentences of that
 * section the reply quotes, verbatim; checked by {@link KnowledgeLoader}), and any number of phrasings.
 */
final class FaqParser {

    private static final String QUESTION = "## ";
    private static final String SECTION = "section:";
    private static final String ANSWER = "answer:";
    private static final String PHRASING = "- ";

    private FaqParser() {
    }

    static List<FaqEntry> parse(SourceLines source, List<Problem> problems) {
        List<FaqEntry> entries = new ArrayList<>();
        Draft draft = null;
        for (int n = 1; n <= source.size(); n++) {
            String line = source.line(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(QUESTION)) {
                finish(draft, source, entries, problems);
                draft = new Draft(line.substring(QUESTION.length()).strip(), n);
            } else if (draft == null) {
                problems.add(new Problem(source.file(), n, "expected a question line starting with '## ', got '"
                        + abbreviate(line) + "'"));
            } else if (line.toLowerCase(java.util.Locale.ROOT).startsWith(SECTION)) {
                readSection(draft, source, n, line.substring(SECTION.length()), problems);
            } else if (line.toLowerCase(java.util.Locale.ROOT).startsWith(ANSWER)) {
                readAnswer(draft, source, n, line.substring(ANSWER.length()).strip(), problems);
            } else if (line.startsWith(PHRASING) || line.equals("-")) {
                String phrasing = line.substring(1).strip();
                if (phrasing.isEmpty()) {
                    problems.add(new Problem(source.file(), n, "empty phrasing after '-'"));
                } else {
                    draft.phrasings.add(new FaqEntry.Phrasing(phrasing, n));
                }
            } else {
                problems.add(new Problem(source.file(), n, "unexpected line '" + abbreviate(line)
                        + "'; an entry has a '## question', one 'section: DOCUMENT SECTION' line, 'answer:' lines "
                        + "and '- phrasing' lines"));
            }
        }
        finish(draft, source, entries, problems);
        return entries;
    }

    private static void readSection(Draft draft, SourceLines source, int n, String value, List<Problem> problems) {
        if (draft.target != null) {
            problems.add(new Problem(source.file(), n, "a second 'section:' line; an entry points at one section"));
            return;
        }
        draft.target = SectionRef.parse(value).orElse(null);
        if (draft.target == null) {
            problems.add(new Problem(source.file(), n, "'section:' needs a document id and a section id, e.g. "
                    + "'section: programme-rules 7.2', got '" + value.strip() + "'"));
        }
        draft.sectionLine = n;
    }

    private static void readAnswer(Draft draft, SourceLines source, int n, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(new Problem(source.file(), n, "'answer:' is empty; copy after it the sentence of the "
                    + "section that answers the question, exactly as the section has it"));
        } else {
            draft.answers.add(new FaqEntry.Answer(text, n));
        }
    }

    private static void finish(Draft draft, SourceLines source, List<FaqEntry> entries, List<Problem> problems) {
        if (draft == null) {
            return;
        }
        if (draft.question.isEmpty()) {
            problems.add(new Problem(source.file(), draft.line, "question is empty"));
        } else if (draft.target == null && draft.sectionLine == 0) {
            problems.add(new Problem(source.file(), draft.line, "entry has no 'section: DOCUMENT SECTION' line"));
        } else if (draft.target != null && draft.answers.isEmpty()) {
            problems.add(new Problem(source.file(), draft.line, "entry has no 'answer:' line; add one with the "
                    + "sentence of section '" + draft.target + "' that answers the question, copied exactly"));
        } else if (draft.target != null) {
            entries.add(new FaqEntry(draft.question, draft.phrasings, draft.target, draft.answers, source.file(),
                    draft.line, draft.sectionLine));
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    private static final class Draft {
        final String question;
        final int line;
        final List<FaqEntry.Phrasing> phrasings = new ArrayList<>();
        final List<FaqEntry.Answer> answers = new ArrayList<>();
        SectionRef target;
        int sectionLine;

        Draft(String question, int line) {
            this.question = question;
            this.line = line;
        }
    }
}
