package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.FaqEntry;
import it.polimi.auic.advisor.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One passage retrieved for a question, with where its score came from.
 *
 * @param passage    the passage
 * @param score      its final score: the sum of the three below
 * @param textScore  from the passage's whole text and headings
 * @param unitScore  from its best-matching sentence (or list item)
 * @param faqScore   from the best FAQ entry pointing at it (0 when none matched)
 * @param faqMatches the FAQ entries pointing at it that matched, best score first
 */
public record Hit(Passage passage, double score, double textScore, double unitScore, double faqScore,
                  List<FaqMatch> faqMatches) {

    public Hit {
        faqMatches = List.copyOf(faqMatches);
    }

    /** How a Lucene document leads to a passage. */
    enum Kind { TEXT, UNIT, FAQ }

    /** The best-scoring FAQ entry that matched, if any. */
    public Optional<FaqMatch> bestFaq() {
        return faqMatches.stream().findFirst();
    }

    /** The best matching FAQ entry's question, or empty. */
    public String faqQuestion() {
        return bestFaq().map(m -> m.entry().question()).orElse("");
    }

    /**
     * What one Lucene document stands for: its passage, how, and for a FAQ phrasing its entry and the
     * phrasing's meaningful words (normalised the way of each language).
     */
    record Source(Passage passage, Kind kind, Optional<FaqEntry> faq, Map<Language, Set<String>> phrasingWords) {

        Source {
            phrasingWords = Map.copyOf(phrasingWords);
        }

        static Source of(Passage passage, Kind kind) {
            return new Source(passage, kind, Optional.empty(), Map.of());
        }

        Hit hit(double score, QueryPlan plan) {
            return switch (kind) {
                case TEXT -> new Hit(passage, score, score, 0, 0, List.of());
                case UNIT -> new Hit(passage, score, 0, score, 0, List.of());
                case FAQ -> new Hit(passage, score, 0, 0, score,
                        List.of(new FaqMatch(faq.orElseThrow(), score, questionCovered(plan))));
            };
        }

        /** Share of the phrasing's words the question has (in any of their forms); 0 for other documents. */
        double phrasingCovered(Set<String> questionForms, Language language) {
            Set<String> words = phrasingWords.getOrDefault(language, Set.of());
            if (words.isEmpty()) {
                return 0;
            }
            return words.stream().filter(questionForms::contains).count() / (double) words.size();
        }

        /** Share of the question's word weight the phrasing holds. */
        double questionCovered(QueryPlan plan) {
            Set<String> words = phrasingWords.getOrDefault(plan.language(), Set.of());
            return plan.coverageWithin(words);
        }
    }

    /** The same passage found another way: whole-text scores add up, the best sentence and FAQ count once. */
    Hit plus(Hit other) {
        double text = textScore + other.textScore;
        double unit = Math.max(unitScore, other.unitScore);
        double faqBest = Math.max(faqScore, other.faqScore);
        Map<FaqEntry, FaqMatch> byEntry = new LinkedHashMap<>();
        for (FaqMatch match : concat(faqMatches, other.faqMatches)) {
            byEntry.merge(match.entry(), match, FaqMatch::best);
        }
        List<FaqMatch> matches = new ArrayList<>(byEntry.values());
        matches.sort(Comparator.comparingDouble(FaqMatch::score).reversed());
        return new Hit(passage, text + unit + faqBest, text, unit, faqBest, matches);
    }

    private static List<FaqMatch> concat(List<FaqMatch> a, List<FaqMatch> b) {
        List<FaqMatch> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
