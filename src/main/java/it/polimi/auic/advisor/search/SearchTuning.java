package it.polimi.auic.advisor.search;

/**
 * The knobs of retrieval, tuned on the project's evaluation set ({@code src/test/resources/eval/}); change
 * them only with the evaluation test's figures in front of you.
 *
 * @param bodyBoost        weight of a match in a section's text
 * @param headingBoost     weight of a match in its heading (and the headings above it)
 * @param faqBoost         weight of a match in a FAQ entry's question and phrasings
 * @param fuzzyBoost       weight of a typo-tolerant match of a word found nowhere as written
 * @param minCoverage      share of a question's meaningful words (weighted by rarity) the regulations must
 *                         contain, below which the advisor says it does not know
 * @param minScore         lowest score of the best passage the advisor will answer with
 * @param seeAlsoRatio     a further section is offered as "see also" when its score is at least this share
 *                         of the best one's
 * @param maxQuestionChars longer questions are cut to this many characters before searching
 */
public record SearchTuning(float bodyBoost, float headingBoost, float faqBoost, float fuzzyBoost,
                           double minCoverage, double minScore, double seeAlsoRatio, int maxQuestionChars) {

    public static final SearchTuning DEFAULT = new SearchTuning(1.0f, 1.5f, 1.2f, 0.6f, 0.55, 2.0, 0.6, 600);
}
