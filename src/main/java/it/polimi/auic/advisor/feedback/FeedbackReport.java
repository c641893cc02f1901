package it.polimi.auic.advisor.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The log grouped for staff: for each kind, groups of similar questions, most frequent first
 * (ties: most recently asked first, then alphabetical), so that staff know which FAQ entry to write next.
 * Messages that are not questions ({@link Noise}) are left out and only counted.
 *
 * @param groups  every group, unanswered questions first, then unhelpful answers, then helpful ones, then
 *                questions the staff answered
 * @param noise   how many messages of each kind of noise were left out (kinds with none absent)
 * @param checked whether each group was checked against the regulations (has a {@link Verdict})
 */
public record FeedbackReport(List<QuestionGroup> groups, Map<Noise, Integer> noise, boolean checked) {

    static final Comparator<QuestionGroup> MOST_FREQUENT_FIRST = Comparator
            .comparing(QuestionGroup::kind)
            .thenComparing(Comparator.comparingInt(QuestionGroup::count).reversed())
            .thenComparing(Comparator.comparing(QuestionGroup::lastAsked).reversed())
            .thenComparing(QuestionGroup::question);

    public FeedbackReport {
        groups = List.copyOf(groups);
        Map<Noise, Integer> byKind = new EnumMap<>(Noise.class);
        byKind.putAll(noise);
        noise = Collections.unmodifiableMap(byKind);
    }

    public FeedbackReport(List<QuestionGroup> groups) {
        this(groups, Map.of(), false);
    }

    /** Groups the entries (in any order: the result is the same), without the knowledge. */
    public static FeedbackReport build(Collection<FeedbackEntry> entries) {
        return build(entries, ReportKnowledge.none());
    }

    /**
     * Groups the entries (in any order: the result is the same), words of one glossary class together, and,
     * when the knowledge is at hand, tells for each group whether a FAQ entry could answer it.
     */
    public static FeedbackReport build(Collection<FeedbackEntry> entries, ReportKnowledge knowledge) {
        Map<FeedbackKind, List<FeedbackEntry>> byKind = new EnumMap<>(FeedbackKind.class);
        Map<Noise, Integer> noise = new EnumMap<>(Noise.class);
        for (FeedbackEntry entry : entries) {
            Optional<Noise> kind = Noise.of(entry.question(), knowledge.words());
            if (kind.isPresent()) {
                noise.merge(kind.get(), 1, Integer::sum);
            } else {
                byKind.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(entry);
            }
        }
        List<QuestionGroup> groups = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> {
            for (List<FeedbackEntry> similar : QuestionGrouper.group(ofKind, FeedbackEntry::question, knowledge.terms())) {
                groups.add(QuestionGroup.of(similar));
            }
        });
        List<QuestionGroup> judged = knowledge.check().map(check -> withVerdicts(groups, check)).orElse(groups);
        List<QuestionGroup> sorted = new ArrayList<>(judged);
        sorted.sort(MOST_FREQUENT_FIRST);
        return new FeedbackReport(sorted, noise, knowledge.checksRegulations());
    }

    /** Each group with the verdict on its leading question, each distinct question searched once, in parallel. */
    private static List<QuestionGroup> withVerdicts(List<QuestionGroup> groups, RegulationCheck check) {
        Map<String, Verdict> verdicts = groups.stream().map(QuestionGroup::question).distinct().toList()
                .parallelStream()
                .collect(Collectors.toMap(Function.identity(), check::check));
        return groups.stream().map(group -> group.withVerdict(verdicts.get(group.question()))).toList();
    }

    /** The groups of one kind, most frequent first. */
    public List<QuestionGroup> groups(FeedbackKind kind) {
        return groups.stream().filter(group -> group.kind() == kind).toList();
    }

    /** How many entries of one kind the report covers. */
    public int count(FeedbackKind kind) {
        return groups(kind).stream().mapToInt(QuestionGroup::count).sum();
    }

    /** How many messages were left out as noise. */
    public int noiseCount() {
        return noise.values().stream().mapToInt(Integer::intValue).sum();
    }
}
