package it.polimi.auic.advisor.search;

/**
 * One passage retrieved for a question, with where its score came from.
 *
 * @param passage      the passage
 * @param score        its final score (the sum of the two below)
 * @param textScore    from its own text and headings
 * @param faqScore     from the best FAQ entry pointing at it (0 when none matched)
 * @param faqQuestion  that FAQ entry's question, or empty
 */
public record Hit(Passage passage, double score, double textScore, double faqScore, String faqQuestion) {

    Hit plus(Hit other) {
        double faq = Math.max(faqScore, other.faqScore);
        String question = other.faqScore > faqScore ? other.faqQuestion : faqQuestion;
        double text = textScore + other.textScore;
        return new Hit(passage, text + faq, text, faq, question);
    }
}
