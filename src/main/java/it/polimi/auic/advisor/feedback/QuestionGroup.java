package it.polimi.auic.advisor.feedback;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Questions asked in similar words, of one kind: what staff should answer next, and how often it came up.
 *
 * @param kind       refused questions, or answers rated unhelpful (or helpful)
 * @param count      how many entries the group holds
 * @param question   the wording asked most often, whatever its capitals (ties: alphabetical), to show for the group
 * @param examples   up to {@value #MAX_EXAMPLES} other wordings, most asked first
 * @param sections   for rated answers, the passages the answers rested on, most frequent first
 * @param firstAsked the earliest entry
 * @param lastAsked  the latest entry
 * @param verdict    whether a FAQ entry could answer it, when it was checked against the regulations
 */
public record QuestionGroup(
        FeedbackKind kind,
        int count,
        String question,
        List<String> examples,
        List<SectionCount> sections,
        Instant firstAsked,
        Instant lastAsked,
        Optional<Verdict> verdict) {

    static final int MAX_EXAMPLES = 2;

    public QuestionGroup {
        examples = List.copyOf(examples);
        sections = List.copyOf(sections);
    }

    /** A group not checked against the regulations. */
    public QuestionGroup(FeedbackKind kind, int count, String question, List<String> examples,
                         List<SectionCount> sections, Instant firstAsked, Instant lastAsked) {
        this(kind, count, question, examples, sections, firstAsked, lastAsked, Optional.empty());
    }

    QuestionGroup withVerdict(Verdict verdict) {
        return new QuestionGroup(kind, count, question, examples, sections, firstAsked, lastAsked, Optional.of(verdict));
    }

    /** A passage an answer rested on and how many answers in the group cited it. */
    public record SectionCount(String section, int count) {
    }

    /** The group of a non-empty list of similar entries of one kind. */
    static QuestionGroup of(List<FeedbackEntry> entries) {
        // "Visa?" and "visa?" are one wording: counted together, shown as typed most often.
        Map<String, List<FeedbackEntry>> byWording = entries.stream()
                .collect(Collectors.groupingBy(e -> e.question().toLowerCase(Locale.ROOT), TreeMap::new, Collectors.toList()));
        List<String> wordings = byWording.values().stream()
                .sorted(Comparator.comparingInt((List<FeedbackEntry> same) -> -same.size()))
                .map(same -> mostFrequentFirst(same, FeedbackEntry::question).get(0).getKey())
                .toList();
        List<SectionCount> sections = mostFrequentFirst(entries, FeedbackEntry::section).stream()
                .map(e -> new SectionCount(e.getKey(), e.getValue()))
                .toList();
        Instant first = entries.stream().map(FeedbackEntry::time).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = entries.stream().map(FeedbackEntry::time).max(Comparator.naturalOrder()).orElseThrow();
        List<String> examples = wordings.subList(1, Math.min(wordings.size(), MAX_EXAMPLES + 1));
        return new QuestionGroup(entries.get(0).kind(), entries.size(), wordings.get(0), examples, sections, first, last);
    }

    /** Distinct non-null values with their counts: most frequent first, then alphabetical. */
    private static List<Map.Entry<String, Integer>> mostFrequentFirst(
            List<FeedbackEntry> entries, Function<FeedbackEntry, String> value) {
        Map<String, Integer> counts = entries.stream()
                .map(value)
                .filter(v -> v != null)
                .collect(Collectors.toMap(v -> v, v -> 1, Integer::sum, TreeMap::new));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
    }
}
