package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.language.Language;
import java.util.List;
import java.util.StringJoiner;

/**
 * The report as a short text for the admins' {@code /unanswered} command on a phone: per kind, the most
 * frequent groups, one line each ("7× How do I find accommodation in Milan?"). Helpful answers are left out.
 */
public final class FeedbackSummary {

    /** Long questions are cut so that each group stays on a line or two of a phone screen. */
    static final int MAX_QUESTION_CHARS = 90;

    private FeedbackSummary() {
    }

    /** At most {@code maxGroups} groups of unanswered questions and as many of unhelpful answers. */
    public static String of(FeedbackReport report, int maxGroups, Language language) {
        List<QuestionGroup> unanswered = report.groups(FeedbackKind.UNANSWERED);
        List<QuestionGroup> unhelpful = report.groups(FeedbackKind.UNHELPFUL);
        if (unanswered.isEmpty() && unhelpful.isEmpty()) {
            return language.pick("No unanswered questions or unhelpful answers have been logged.",
                    "Non sono state registrate domande senza risposta né risposte giudicate non utili.");
        }
        StringJoiner text = new StringJoiner("\n");
        if (!unanswered.isEmpty()) {
            text.add(language.pick("Unanswered questions", "Domande senza risposta")
                    + heading(report.count(FeedbackKind.UNANSWERED), unanswered.size(), language));
            unanswered.stream().limit(maxGroups).forEach(group -> text.add(line(group, false)));
        }
        if (!unhelpful.isEmpty()) {
            if (!unanswered.isEmpty()) {
                text.add("");
            }
            text.add(language.pick("Answers marked unhelpful", "Risposte giudicate non utili")
                    + heading(report.count(FeedbackKind.UNHELPFUL), unhelpful.size(), language));
            unhelpful.stream().limit(maxGroups).forEach(group -> text.add(line(group, true)));
        }
        int hidden = Math.max(0, unanswered.size() - maxGroups) + Math.max(0, unhelpful.size() - maxGroups);
        if (hidden > 0) {
            text.add("");
            text.add(language.pick("… and " + hidden + " more: run `report` on the server for the full list.",
                    "… e altri " + hidden + ": il comando `report` sul server li elenca tutti."));
        }
        return text.toString();
    }

    private static String heading(int entries, int groups, Language language) {
        return language.pick(" (" + entries + ", in " + groups + (groups == 1 ? " group):" : " groups):"),
                " (" + entries + ", in " + groups + (groups == 1 ? " gruppo):" : " gruppi):"));
    }

    private static String line(QuestionGroup group, boolean withSection) {
        String line = group.count() + "× " + QuestionText.shorten(group.question(), MAX_QUESTION_CHARS);
        if (withSection && !group.sections().isEmpty()) {
            line += " [" + group.sections().get(0).section() + "]";
        }
        return line;
    }
}
