package it.polimi.auic.advisor.search;

import java.util.List;

/**
 * What speaks for and against answering a question from its best passage, as numbers the confidence
 * model weighs.
 *
 * @param coverage    share of the question's word weight found anywhere in the regulations
 * @param focus       share found together in the best passage (its text, headings and FAQ entries)
 * @param topScore    the best passage's retrieval score
 * @param unexplained total weight of the question's words found nowhere (a topic the regulations lack)
 * @param explained   total weight of its words found in the best passage
 * @param faqScore    how well the best passage's FAQ entries match the question
 * @param runnerUp    the second passage's score as a share of the best one's
 * @param faqCovers   the largest share of the question's word weight one phrasing of the best passage's FAQ
 *                    entries holds: near 1 when the student asked what staff wrote down as a FAQ
 * @param unitCovers  the largest share of the question's word weight one sentence (or list item) of the best
 *                    passage holds: a question the rules answer finds its words together in one rule
 */
public record AnswerEvidence(double coverage, double focus, double topScore, double unexplained, double explained,
                             double faqScore, double runnerUp, double faqCovers, double unitCovers) {

    static AnswerEvidence of(QueryPlan plan, List<Hit> hits, java.util.Set<String> topVocabulary, double unitCovers) {
        if (hits.isEmpty()) {
            return new AnswerEvidence(plan.coverage(), 0, 0, unexplained(plan), 0, 0, 0, 0, 0);
        }
        Hit top = hits.get(0);
        double focus = plan.coverageWithin(topVocabulary);
        double runnerUp = hits.size() > 1 && top.score() > 0 ? hits.get(1).score() / top.score() : 0;
        double faqCovers = top.faqMatches().stream().mapToDouble(FaqMatch::covers).max().orElse(0);
        return new AnswerEvidence(plan.coverage(), focus, top.score(), unexplained(plan), focus * plan.totalWeight(),
                top.faqScore(), runnerUp, faqCovers, unitCovers);
    }

    private static double unexplained(QueryPlan plan) {
        return plan.words().stream().filter(w -> w.match() == QueryWord.Match.NONE).mapToDouble(QueryWord::weight).sum();
    }
}
