package it.polimi.auic.advisor.reload;

import it.polimi.auic.advisor.knowledge.KnowledgeReport;
import it.polimi.auic.advisor.knowledge.Problem;
import java.util.List;

/**
 * What a reload did: swapped in a new version, refused a broken edit, held back an edit that removes a lot,
 * or found nothing held back to confirm.
 */
public sealed interface ReloadOutcome
        permits ReloadOutcome.Reloaded, ReloadOutcome.Refused, ReloadOutcome.Held, ReloadOutcome.NothingHeld {

    /** The message for admins: what happened and what to do. */
    String describe();

    /** One line for the console: "✔ knowledge updated: …", "✖ edit refused: …", "⏸ edit held back: …". */
    String summaryLine();

    /** Whether admins should hear of it: anything but a reload that changed nothing. */
    default boolean worthTelling() {
        return true;
    }

    /**
     * The edit was valid and is now served.
     *
     * @param newWarnings warnings of the new version that the previous one did not have
     */
    record Reloaded(KnowledgeDiff diff, boolean configChanged, List<Problem> newWarnings) implements ReloadOutcome {

        public Reloaded {
            newWarnings = List.copyOf(newWarnings);
        }

        @Override
        public String describe() {
            String text = "Reloaded: " + changes() + ".";
            if (!newWarnings.isEmpty()) {
                text += "\nIt is served, but look at " + (newWarnings.size() == 1 ? "this warning" : "these "
                        + newWarnings.size() + " warnings") + ":\n- " + String.join("\n- ",
                        newWarnings.stream().map(Problem::toString).toList());
            }
            return text;
        }

        @Override
        public String summaryLine() {
            String line = "✔ " + (diff.isEmpty() && configChanged ? "settings updated" : "knowledge updated: " + changes());
            if (!newWarnings.isEmpty()) {
                line += " (" + (newWarnings.size() == 1 ? "1 warning" : newWarnings.size() + " warnings") + ": "
                        + KnowledgeReport.warningLine(newWarnings.get(0)) + ")";
            }
            return line;
        }

        @Override
        public boolean worthTelling() {
            return !diff.isEmpty() || configChanged || !newWarnings.isEmpty();
        }

        private String changes() {
            return diff.describe() + (configChanged ? "; settings in config/ updated" : "");
        }
    }

    /** The edit was refused; the previous version is still served. */
    record Refused(List<String> problems) implements ReloadOutcome {

        public Refused {
            problems = List.copyOf(problems);
        }

        @Override
        public String describe() {
            return "Edit refused, still serving the previous version. Fix " + (problems.size() == 1
                    ? "this problem" : "these " + problems.size() + " problems") + ":\n- "
                    + String.join("\n- ", problems);
        }

        @Override
        public String summaryLine() {
            return "✖ edit refused: " + problems.get(0) + (problems.size() == 1 ? ""
                    : " (and " + (problems.size() - 1) + " more; check-knowledge lists them all)");
        }
    }

    /** The edit would remove a lot ({@link LargeRemoval}); the previous version is still served. */
    record Held(LargeRemoval removal) implements ReloadOutcome {

        @Override
        public String describe() {
            return "Edit held back, still serving the previous version: it would remove " + removal.describe()
                    + ". If that is meant, send /reload confirm; if not, put the files back.";
        }

        @Override
        public String summaryLine() {
            return "⏸ edit held back: it would remove " + removal.describe() + ".";
        }
    }

    /** A confirmation came with no edit held back. */
    record NothingHeld() implements ReloadOutcome {

        @Override
        public String describe() {
            return "No edit is held back: the advisor serves the files as they are.";
        }

        @Override
        public String summaryLine() {
            return "No edit is held back.";
        }
    }
}
