package it.polimi.auic.advisor.search;

import java.util.List;

/**
 * What searching one question found and whether it is enough to answer.
 *
 * @param question   the question as searched (cleaned, bounded)
 * @param plan       the query and the question's words with how each was found
 * @param candidates every passage retrieved, best first (ties broken by key), shown to tutors on request
 * @param evidence   what speaks for and against answering from the best passage
 * @param confidence how likely the best passage answers the question, 0 to 1
 * @param answerable whether the advisor answers: false when the question is not about the regulations
 */
public record SearchResult(String question, QueryPlan plan, List<Hit> candidates, AnswerEvidence evidence,
                           double confidence, boolean answerable) {

    public SearchResult {
        candidates = List.copyOf(candidates);
    }

    /** The passages an answer rests on, best first; empty when the advisor does not know. */
    public List<Hit> answers() {
        return answerable ? candidates : List.of();
    }

    public double coverage() {
        return evidence.coverage();
    }

    public double focus() {
        return evidence.focus();
    }
}
