package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.feedback.FeedbackKind;
import it.polimi.auic.advisor.feedback.FeedbackReport;
import it.polimi.auic.advisor.feedback.LogContents;
import it.polimi.auic.advisor.feedback.Noise;
import it.polimi.auic.advisor.feedback.QuestionGroup;
import it.polimi.auic.advisor.feedback.Verdict;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The report as plain text for staff reading it in a terminal: what they can fix with a FAQ entry first,
 * then what the regulations do not hold; in each, the groups most frequent first, whatever their kind.
 */
final class ReportText {

    /** Across kinds: most frequent first, then most recently asked, then alphabetical. */
    private static final Comparator<QuestionGroup> MOST_FREQUENT_FIRST = Comparator
            .comparingInt(QuestionGroup::count).reversed()
            .thenComparing(Comparator.comparing(QuestionGroup::lastAsked).reversed())
            .thenComparing(QuestionGroup::question)
            .thenComparing(QuestionGroup::kind);

    private final PrintStream out;

    ReportText(PrintStream out) {
        this.out = out;
    }

    /** {@code knowledgeProblem}: why the knowledge could not be loaded, or {@code null}. */
    void print(Path folder, LogContents contents, ReportOptions options, String knowledgeProblem,
               FeedbackReport report) {
        if (contents.files() == 0) {
            out.println("No feedback has been logged yet (nothing in " + folder + ").");
            return;
        }
        out.println("Feedback log " + folder + ": " + contents.entries().size() + " entries in "
                + plural(contents.files(), "file") + unreadable(contents.unreadableLines())
                + (options.since() == null ? "" : "; showing those from " + options.since() + " (UTC) on") + ".");
        out.println("Reported: " + options.orderedKinds().stream()
                .map(kind -> report.count(kind) + " " + what(kind, report.count(kind)))
                .collect(Collectors.joining(", ")) + ".");
        if (knowledgeProblem != null) {
            out.println(knowledgeProblem);
        }
        if (report.noiseCount() > 0) {
            out.println(plural(report.noiseCount(), "message") + " left out as noise: "
                    + report.noise().keySet().stream().map(Noise::label).collect(Collectors.joining(", ")) + ".");
        }
        if (report.checked()) {
            printGroups("An entry could answer these (the regulations hold related text)",
                    report, group -> group.verdict().filter(Verdict::entryCouldAnswer).isPresent());
            printGroups("Not in the regulations (for the staff to answer, or an office to name)",
                    report, group -> group.verdict().filter(Verdict::entryCouldAnswer).isEmpty());
        } else {
            printGroups("Not checked against the regulations", report, group -> true);
        }
    }

    private void printGroups(String title, FeedbackReport report, Predicate<QuestionGroup> which) {
        List<QuestionGroup> groups = report.groups().stream().filter(which).sorted(MOST_FREQUENT_FIRST).toList();
        out.println();
        if (groups.isEmpty()) {
            out.println(title + ": none.");
            return;
        }
        int entries = groups.stream().mapToInt(QuestionGroup::count).sum();
        out.println(title + ": " + entries + " in " + plural(groups.size(), "group") + ", most frequent first");
        for (int i = 0; i < groups.size(); i++) {
            printGroup(i + 1, groups.get(i));
        }
    }

    private void printGroup(int rank, QuestionGroup group) {
        String indent = " ".repeat(7);
        out.printf("%3d. %d× %s (%s)%n", rank, group.count(), group.question(), how(group.kind()));
        group.verdict().map(Verdict::relatedSection).ifPresent(section -> out.println(indent + "related text: " + section));
        if (!group.sections().isEmpty()) {
            out.println(indent + "answered from: " + group.sections().stream()
                    .map(s -> s.section() + " (" + s.count() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!group.examples().isEmpty()) {
            out.println(indent + "also asked: " + group.examples().stream()
                    .map(example -> "\"" + example + "\"")
                    .collect(Collectors.joining("; ")));
        }
        out.println(indent + "last " + day(group) + (group.count() > 1 ? ", first " + firstDay(group) : "") + " (UTC)");
    }

    /** "3 questions the advisor could not answer", for the line of counts. */
    private static String what(FeedbackKind kind, int count) {
        boolean one = count == 1;
        return switch (kind) {
            case UNANSWERED -> (one ? "question" : "questions") + " the advisor could not answer";
            case UNHELPFUL -> (one ? "answer" : "answers") + " marked unhelpful";
            case HELPFUL -> (one ? "answer" : "answers") + " marked helpful";
            case STAFF -> (one ? "question" : "questions") + " the staff answered";
        };
    }

    /** The kind of a group, after its question. */
    private static String how(FeedbackKind kind) {
        return switch (kind) {
            case UNANSWERED -> "not answered";
            case UNHELPFUL -> "answer marked unhelpful";
            case HELPFUL -> "answer marked helpful";
            case STAFF -> "answered by the staff";
        };
    }

    private static String day(QuestionGroup group) {
        return group.lastAsked().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String firstDay(QuestionGroup group) {
        return group.firstAsked().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String unreadable(int lines) {
        return lines == 0 ? "" : " (" + plural(lines, "unreadable line") + " skipped)";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
