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
 */
public record KnowledgeDiff(List<String> added, List<String> removed, List<String> edited, int faqDelta,
                            int glossaryDelta) {

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
                after.glossary().rules().size() - before.glossary().rules().size());
    }

    private static Map<String, Section> bySection(KnowledgeBase knowledge) {
        Map<String, Section> sections = new LinkedHashMap<>();
        knowledge.sections().forEach(s -> sections.put(s.ref().toString(), s));
        return sections;
    }

    /** One short paragraph: "2 sections edited (programme-rules 5.4.1, ...); 1 FAQ entry more." */
    public String describe() {
        List<String> parts = new ArrayList<>();
        part(parts, added, "added");
        part(parts, removed, "removed");
        part(parts, edited, "edited");
        if (faqDelta != 0) {
            parts.add(Math.abs(faqDelta) + " FAQ " + (Math.abs(faqDelta) == 1 ? "entry " : "entries ")
                    + (faqDelta > 0 ? "more" : "fewer"));
        }
        if (glossaryDelta != 0) {
            parts.add(Math.abs(glossaryDelta) + " glossary " + (Math.abs(glossaryDelta) == 1 ? "rule " : "rules ")
                    + (glossaryDelta > 0 ? "more" : "fewer"));
        }
        return parts.isEmpty() ? "no section changed" : String.join("; ", parts);
    }

    private static void part(List<String> parts, List<String> refs, String verb) {
        if (!refs.isEmpty()) {
            parts.add(refs.size() + (refs.size() == 1 ? " section " : " sections ") + verb + " ("
                    + String.join(", ", refs) + ")");
        }
    }
}
