package it.polimi.auic.advisor.search;

/**
 * A logistic model of how likely a question is about the regulations, from its {@link AnswerEvidence}.
 * The weights are fitted on the project's evaluation questions (in-scope against out-of-scope) by
 * {@code ConfidenceModelFit} under {@code src/test/java}; refit them after large changes to retrieval.
 *
 * @param threshold the advisor answers when the confidence reaches it
 */
public record ConfidenceModel(double coverage, double focus, double logTopScore, double logUnexplained,
                              double logExplained, double logFaqScore, double runnerUp, double faqCovers,
                              double unitCovers, double bias, double threshold) {

    /** The confidence, between 0 and 1, that the best passage answers the question. */
    public double confidence(AnswerEvidence e) {
        double z = bias
                + coverage * e.coverage()
                + focus * e.focus()
                + logTopScore * Math.log1p(e.topScore())
                + logUnexplained * Math.log1p(e.unexplained())
                + logExplained * Math.log1p(e.explained())
                + logFaqScore * Math.log1p(e.faqScore())
                + runnerUp * e.runnerUp()
                + faqCovers * e.faqCovers()
                + unitCovers * e.unitCovers();
        return 1 / (1 + Math.exp(-z));
    }

    /** The features in the order of {@link #withWeights}. */
    static double[] features(AnswerEvidence e) {
        return new double[] {e.coverage(), e.focus(), Math.log1p(e.topScore()), Math.log1p(e.unexplained()),
            Math.log1p(e.explained()), Math.log1p(e.faqScore()), e.runnerUp(), e.faqCovers(), e.unitCovers()};
    }

    /** A model with these weights (in the order of {@link #features}), the bias last. */
    static ConfidenceModel withWeights(double[] w, double threshold) {
        return new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], threshold);
    }
}
