package it.polimi.auic.advisor.search;

/**
 * The knobs of retrieval, tuned on the project's evaluation set ({@code src/test/resources/eval/}); change
 * them only with the evaluation test's figures in front of you.
 *
 * @param bodyBoost        weight of a match in a section's text
 * @param headingBoost     weight of a match in its heading (and the headings above it)
 * @param faqBoost         weight of a match in a FAQ entry's question and phrasings
 * @param unitBoost        weight of a match within one sentence (or list) of a section
 * @param faqMatchBonus    how much more a FAQ phrasing counts when the question has all its words (scaled by
 *                         the square of the share it has): a student asking what staff wrote as a FAQ gets it
 * @param fuzzyBoost       weight of a typo-tolerant match of a word found nowhere as written
 * @param minCoverage      below this share of the question's word weight found in the regulations, the
 *                         question is about something else whatever the scores (no correctly answered question
 *                         of the evaluation sets falls below 0.4; many out-of-scope ones do)
 * @param confidence       decides whether the best passage answers the question or the advisor says it
 *                         does not know
 * @param seeAlsoRatio     a further section is offered as "see also" when its score is at least this share
 *                         of the best one's
 * @param maxQuestionChars longer questions are cut to this many characters before searching
 * @param faqAnswerCoverage a FAQ entry's answer is quoted when one of its phrasings holds at least this share of
 *                         the question's word weight (the student asked what the entry asks); below it, the
 *                         passage's own sentences are weighed (on the tuning sets, the entry's answer is right
 *                         more often than the best sentence from 0.4 on)
 */
public record SearchTuning(float bodyBoost, float headingBoost, float faqBoost, float unitBoost, float fuzzyBoost,
                           double faqMatchBonus, double minCoverage, ConfidenceModel confidence, double seeAlsoRatio,
                           int maxQuestionChars, double faqAnswerCoverage) {

    /** Fitted by ConfidenceModelFit on the project's evaluation questions; see there to refit. */
    static final ConfidenceModel CONFIDENCE = new ConfidenceModel(
            0.237, 0.404, 0.545, -0.761, 0.490, 0.522, -0.081, 0.365, 0.259, -3.601, 0.5);

    public static final SearchTuning DEFAULT = new SearchTuning(1.0f, 1.2f, 1.2f, 1.0f, 0.8f, 1.0, 0.4, CONFIDENCE, 0.6,
            600, 0.4);

    public SearchTuning withConfidence(ConfidenceModel model) {
        return new SearchTuning(bodyBoost, headingBoost, faqBoost, unitBoost, fuzzyBoost, faqMatchBonus, minCoverage, model,
                seeAlsoRatio, maxQuestionChars, faqAnswerCoverage);
    }
}
