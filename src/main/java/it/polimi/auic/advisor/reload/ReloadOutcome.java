package it.polimi.auic.advisor.reload;

import java.util.List;

/** What a reload did: swapped in a new version (with what changed) or refused a broken edit (with why). */
public sealed interface ReloadOutcome permits ReloadOutcome.Reloaded, ReloadOutcome.Refused {

    /** One message for admins. */
    String describe();

    /** The edit was valid and is now served. */
    record Reloaded(KnowledgeDiff diff, boolean configChanged) implements ReloadOutcome {
        @Override
        public String describe() {
            return "Reloaded: " + diff.describe() + (configChanged ? "; settings in config/ updated" : "") + ".";
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
    }
}
