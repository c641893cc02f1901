package it.polimi.auic.advisor.search;

import java.util.List;
import java.util.Optional;

/**
 * What searching one question found and whether it is enough to answer.
 *
 * @param question   the question as searched (cleaned, bounded)
 * @param plan       the query and the question's words with how each was found (and in which language)
 * @param candidates every passage retrieved, best first (ties broken by key), shown to tutors on request
 * @param evidence   what speaks for and against answering from the best passage
 * @param confidence how likely the best passage answers the question, 0 to 1
 * @param answerable whether the advisor answers: false when the question is not about the regulations, or
 *                   asks for a kind of fact the rules do not give
 * @param asked      the kind of fact the question asks for, when it says
 * @param quote      what the reply quotes from the best passage: the answer, or, when the rules do not give
 *                   the kind of fact asked for, what they say nearby; empty when nothing is quoted
 * @param unstated   when the question is refused because the best passage gives no fact of the kind asked
 *                   for, that kind
 */
public record SearchResult(String question, QueryPlan plan, List<Hit> candidates, AnswerEvidence evidence,
                           double confidence, boolean answerable, Optional<AnswerType> asked, Optional<Quote> quote,
                           Optional<AnswerType> unstated) {

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
