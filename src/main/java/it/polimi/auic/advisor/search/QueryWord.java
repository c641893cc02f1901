package it.polimi.auic.advisor.search;

import java.util.Set;

/**
 * One meaningful word of a question and how the regulations know it.
 *
 * @param term     the normalised word (a stem)
 * @param match    how it was found
 * @param rarity   how much it says about what is asked: rare words weigh more, unknown words most
 * @param forms    the indexed words that stand for it: itself, its glossary synonyms, its typo corrections
 * @param everyday whether it is an everyday word ("time", "happen") that names no topic by itself
 * @param focus    the weight of the sentence it is in ({@link QuestionFocus}): 1 where the message asks
 */
public record QueryWord(String term, Match match, double rarity, Set<String> forms, boolean everyday,
                        double focus) {

    public QueryWord {
        forms = Set.copyOf(forms);
    }

    public QueryWord(String term, Match match, double rarity, Set<String> forms) {
        this(term, match, rarity, forms, false, 1);
    }

    /** How a question's word was found in the regulations. */
    public enum Match {
        /** As written. */
        EXACT,
        /** Through the glossary (tirocinio: traineeship). */
        SYNONYM,
        /** Through typo tolerance (workshp: workshop). */
        FUZZY,
        /** Not at all. */
        NONE;

        /** The share of the word's weight that counts as covered. */
        double credit() {
            return switch (this) {
                case EXACT, SYNONYM -> 1.0;
                case FUZZY -> 0.6;
                case NONE -> 0.0;
            };
        }
    }

    /** What the word weighs in this question: its rarity, less when it is only context. */
    public double weight() {
        return rarity * focus;
    }

    QueryWord withFocus(double newFocus) {
        return new QueryWord(term, match, rarity, forms, everyday, newFocus);
    }

    double coveredWeight() {
        return weight() * match.credit();
    }
}
