package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.feedback.FeedbackKind;
import it.polimi.auic.advisor.feedback.FeedbackReport;
import it.polimi.auic.advisor.feedback.LogContents;
import it.polimi.auic.advisor.feedback.QuestionGroup;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** The report as plain text for staff reading it in a terminal. */
final class ReportText {

    private final PrintStream out;

    ReportText(PrintStream out) {
        this.out = out;
    }

    void print(Path folder, LogContents contents, ReportOptions options, FeedbackReport report) {
        if (contents.files() == 0) {
            out.println("No feedback has been logged yet (nothing in " + folder + ").");
            return;
        }
        out.println("Feedback log " + folder + ": " + contents.entries().size() + " entries in "
                + plural(contents.files(), "file") + unreadable(contents.unreadableLines())
                + (options.since() == null ? "" : "; showing those from " + options.since() + " (UTC) on") + ".");
        for (FeedbackKind kind : options.orderedKinds()) {
            out.println();
            printKind(kind, report.groups(kind));
        }
    }

    private void printKind(FeedbackKind kind, List<QuestionGroup> groups) {
        if (groups.isEmpty()) {
            out.println(title(kind) + ": none.");
            return;
        }
        int entries = groups.stream().mapToInt(QuestionGroup::count).sum();
        out.println(title(kind) + ": " + entries + " in " + plural(groups.size(), "group") + ", most frequent first");
        for (int i = 0; i < groups.size(); i++) {
            printGroup(i + 1, groups.get(i));
        }
    }

    private void printGroup(int rank, QuestionGroup group) {
        String indent = " ".repeat(7);
        out.printf("%3d. %d× %s%n", rank, group.count(), group.question());
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

    private static String title(FeedbackKind kind) {
        if (kind == FeedbackKind.UNANSWERED) {
            return "Questions the advisor could not answer";
        }
        return kind == FeedbackKind.UNHELPFUL ? "Answers marked unhelpful" : "Answers marked helpful";
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
