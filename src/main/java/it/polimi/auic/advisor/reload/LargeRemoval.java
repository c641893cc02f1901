package it.polimi.auic.advisor.reload;

import it.polimi.auic.advisor.knowledge.Document;
import it.polimi.auic.advisor.knowledge.FaqEntry;
import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An edit that removes a whole file, or more than a fifth of the sections, FAQ entries or glossary rules:
 * what a file dragged to the wrong folder or a select-all-and-type looks like. Such an edit is valid, so
 * nothing else would stop it, and students would lose answers at once; it waits for an admin instead.
 *
 * @param removed what would go, in words for staff ("faq/admission-merit.md (25 FAQ entries)")
 */
public record LargeRemoval(List<String> removed) {

    /** "More than a fifth" of what there was. */
    static final double SHARE = 0.2;

    public LargeRemoval {
        removed = List.copyOf(removed);
    }

    /** What {@code after} would remove from {@code before}, when it is a large removal. */
    public static Optional<LargeRemoval> between(KnowledgeBase before, KnowledgeBase after) {
        List<String> removed = new ArrayList<>();
        Set<String> documentsLeft = after.documents().stream().map(Document::id).collect(Collectors.toSet());
        for (Document document : before.documents()) {
            if (!documentsLeft.contains(document.id())) {
                removed.add(document.file().getFileName() + " (the whole document, " + count(document.sections().size(),
                        "section") + ")");
            }
        }
        Map<String, Long> faqLeft = entriesByFile(after);
        entriesByFile(before).forEach((file, entries) -> {
            if (!faqLeft.containsKey(file)) {
                removed.add("faq/" + file + " (" + count(entries, "FAQ entry") + ")");
            }
        });
        int rulesBefore = before.glossary().rules().size();
        int rulesAfter = after.glossary().rules().size();
        if (rulesBefore > 0 && rulesAfter == 0) {
            removed.add(before.glossary().file().getFileName() + " (all its " + count(rulesBefore, "rule") + ")");
        }
        if (removed.isEmpty()) {
            share(removed, sectionsRemoved(before, after), (int) before.sections().count(), "sections");
            share(removed, before.faq().size() - after.faq().size(), before.faq().size(), "FAQ entries");
            share(removed, rulesBefore - rulesAfter, rulesBefore, "glossary rules");
        }
        return removed.isEmpty() ? Optional.empty() : Optional.of(new LargeRemoval(removed));
    }

    /** "faq/admission-merit.md (25 FAQ entries) and glossary.txt (all its 472 rules)". */
    public String describe() {
        return removed.size() == 1 ? removed.get(0)
                : String.join(", ", removed.subList(0, removed.size() - 1)) + " and " + removed.get(removed.size() - 1);
    }

    private static void share(List<String> removed, long gone, int was, String what) {
        if (was > 0 && gone > was * SHARE) {
            removed.add(gone + " of the " + was + " " + what);
        }
    }

    private static long sectionsRemoved(KnowledgeBase before, KnowledgeBase after) {
        Set<String> left = after.sections().map(s -> s.ref().toString()).collect(Collectors.toSet());
        return before.sections().filter(s -> !left.contains(s.ref().toString())).count();
    }

    /** FAQ entries by file name: the FAQ folder is flat, and the same folder may be read from another path. */
    private static Map<String, Long> entriesByFile(KnowledgeBase knowledge) {
        return knowledge.faq().stream().collect(Collectors.groupingBy(e -> e.file().getFileName().toString(),
                LinkedHashMap::new, Collectors.counting()));
    }

    private static String count(long n, String what) {
        return n + " " + (n == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s");
    }
}
