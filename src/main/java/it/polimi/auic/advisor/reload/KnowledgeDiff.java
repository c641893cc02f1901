package it.polimi.auic.advisor.reload;

import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an edit of {@code knowledge/} changed, section by section, for the reply to an admin's /reload.
 *
 * @param added    sections that are new ("programme-rules 5.6")
 * @param removed  sections that are gone
 * @param edited   sections whose heading or text changed
 * @param faqDelta how many more (or fewer) FAQ entries there are
 * @param glossaryDelta how many more (or fewer) glossary rules there are
 * @param faqEdited     whether any FAQ entry changed (a phrasing added, an answer fixed)
 * @param glossaryEdited whether any glossary rule changed
 */
public record KnowledgeDiff(List<String> added, List<String> removed, List<String> edited, int faqDelta,
                            int glossaryDelta, boolean faqEdited, boolean glossaryEdited) {

    public KnowledgeDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        edited = List.copyOf(edited);
    }

    public static KnowledgeDiff between(KnowledgeBase before, KnowledgeBase after) {
        Map<String, Section> old = bySection(before);
        Map<String, Section> now = bySection(after);
        List<String> added = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        now.forEach((ref, section) -> {
            Section was = old.get(ref);
            if (was == null) {
                added.add(ref);
            } else if (!Objects.equals(was.title(), section.title()) || !Objects.equals(was.body(), section.body())) {
                edited.add(ref);
            }
        });
        List<String> removed = old.keySet().stream().filter(ref -> !now.containsKey(ref)).toList();
        return new KnowledgeDiff(added, removed, edited, after.faq().size() - before.faq().size(),
                after.glossary().rules().size() - before.glossary().rules().size(),
                !before.faq().equals(after.faq()), !before.glossary().rules().equals(after.glossary().rules()));
    }

    private static Map<String, Section> bySection(KnowledgeBase knowledge) {
        Map<String, Section> sections = new LinkedHashMap<>();
        knowledge.sections().forEach(s -> sections.put(s.ref().toString(), s));
        return sections;
    }

    /** Whether nothing changed in {@code knowledge/}. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && edited.isEmpty() && !faqEdited && !glossaryEdited;
    }

    /** One short paragraph: "1 section edited (programme-rules 5.4.1); 1 FAQ entry more". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        part(parts, added, "added");
        part(parts, removed, "removed");
        part(parts, edited, "edited");
        if (faqDelta != 0) {
            parts.add(Math.abs(faqDelta) + " FAQ " + (Math.abs(faqDelta) == 1 ? "entry " : "entries ")
                    + (faqDelta > 0 ? "more" : "fewer"));
        } else if (faqEdited) {
            parts.add("FAQ edited");
        }
        if (glossaryDelta != 0) {
            parts.add(Math.abs(glossaryDelta) + " glossary " + (Math.abs(glossaryDelta) == 1 ? "rule " : "rules ")
                    + (glossaryDelta > 0 ? "more" : "fewer"));
        } else if (glossaryEdited) {
            parts.add("glossary edited");
        }
        return parts.isEmpty() ? "nothing changed" : String.join("; ", parts);
    }

    private static void part(List<String> parts, List<String> refs, String verb) {
        if (!refs.isEmpty()) {
            parts.add(refs.size() + (refs.size() == 1 ? " section " : " sections ") + verb + " ("
                    + String.join(", ", refs) + ")");
        }
    }
}
