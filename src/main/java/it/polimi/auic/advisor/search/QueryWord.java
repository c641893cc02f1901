package it.polimi.auic.advisor.search;

/**
 * One meaningful word of a question and how the regulations know it.
 *
 * @param term   the normalised word (a stem)
 * @param match  how it was found
 * @param weight how much it says about what is asked: rare words weigh more, unknown words most
 * @param forms    the indexed words that stand for it: itself, its glossary synonyms, its typo corrections
 * @param everyday whether it is an everyday word ("time", "happen") that names no topic by itself
 */
public record QueryWord(String term, Match match, double weight, java.util.Set<String> forms, boolean everyday) {

    public QueryWord {
        forms = java.util.Set.copyOf(forms);
    }

    public QueryWord(String term, Match match, double weight, java.util.Set<String> forms) {
        this(term, match, weight, forms, false);
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

    double coveredWeight() {
        return weight * match.credit();
    }
}
