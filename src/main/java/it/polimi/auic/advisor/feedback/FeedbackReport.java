package it.polimi.auic.advisor.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The log grouped for staff: for each kind, groups of similar questions, most frequent first
 * (ties: most recently asked first, then alphabetical), so that staff know which FAQ entry to write next.
 *
 * @param groups every group, unanswered questions first, then unhelpful answers, then helpful ones
 */
public record FeedbackReport(List<QuestionGroup> groups) {

    static final Comparator<QuestionGroup> MOST_FREQUENT_FIRST = Comparator
            .comparing(QuestionGroup::kind)
            .thenComparing(Comparator.comparingInt(QuestionGroup::count).reversed())
            .thenComparing(Comparator.comparing(QuestionGroup::lastAsked).reversed())
            .thenComparing(QuestionGroup::question);

    public FeedbackReport {
        groups = List.copyOf(groups);
    }

    /** Groups the entries (in any order: the result is the same). */
    public static FeedbackReport build(Collection<FeedbackEntry> entries) {
        Map<FeedbackKind, List<FeedbackEntry>> byKind = new EnumMap<>(FeedbackKind.class);
        for (FeedbackEntry entry : entries) {
            byKind.computeIfAbsent(entry.kind(), kind -> new ArrayList<>()).add(entry);
        }
        List<QuestionGroup> groups = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> {
            for (List<FeedbackEntry> similar : QuestionGrouper.group(ofKind, FeedbackEntry::question)) {
                groups.add(QuestionGroup.of(similar));
            }
        });
        groups.sort(MOST_FREQUENT_FIRST);
        return new FeedbackReport(groups);
    }

    /** The groups of one kind, most frequent first. */
    public List<QuestionGroup> groups(FeedbackKind kind) {
        return groups.stream().filter(group -> group.kind() == kind).toList();
    }

    /** How many entries of one kind the report covers. */
    public int count(FeedbackKind kind) {
        return groups(kind).stream().mapToInt(QuestionGroup::count).sum();
    }
}
