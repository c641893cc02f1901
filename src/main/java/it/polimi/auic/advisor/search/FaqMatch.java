package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.FaqEntry;

/**
 * A FAQ entry one of whose phrasings matched a question.
 *
 * @param entry  the entry
 * @param score  the best score of its phrasings for the question
 * @param covers the largest share of the question's word weight one of its phrasings holds: near 1 when the
 *               student asked what the entry asks, lower when the entry only shares the topic
 */
public record FaqMatch(FaqEntry entry, double score, double covers) {

    /** The same entry matched by another phrasing: the best of both. */
    FaqMatch best(FaqMatch other) {
        return new FaqMatch(entry, Math.max(score, other.score), Math.max(covers, other.covers));
    }
}
