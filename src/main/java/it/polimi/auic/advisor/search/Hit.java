package it.polimi.auic.advisor.search;

/**
 * One passage retrieved for a question, with where its score came from.
 *
 * @param passage     the passage
 * @param score       its final score: the sum of the three below
 * @param textScore   from the passage's whole text and headings
 * @param unitScore   from its best-matching sentence (or list)
 * @param faqScore    from the best FAQ entry pointing at it (0 when none matched)
 * @param faqQuestion that FAQ entry's question, or empty
 */
public record Hit(Passage passage, double score, double textScore, double unitScore, double faqScore,
                  String faqQuestion) {

    /** How a Lucene document leads to a passage. */
    enum Kind { TEXT, UNIT, FAQ }

    /**
     * What one Lucene document stands for: its passage, how, and for a FAQ phrasing the entry's question and
     * the phrasing's meaningful words (normalised).
     */
    record Source(Passage passage, Kind kind, String faqQuestion, java.util.Set<String> phrasingWords) {

        Source {
            phrasingWords = java.util.Set.copyOf(phrasingWords);
        }

        Hit hit(double score) {
            return switch (kind) {
                case TEXT -> text(passage, score);
                case UNIT -> unit(passage, score);
                case FAQ -> faq(passage, score, faqQuestion);
            };
        }

        /** Share of the phrasing's words the question has (in any of their forms); 0 for other documents. */
        double phrasingCovered(java.util.Set<String> questionForms) {
            if (phrasingWords.isEmpty()) {
                return 0;
            }
            return phrasingWords.stream().filter(questionForms::contains).count() / (double) phrasingWords.size();
        }
    }

    static Hit text(Passage passage, double score) {
        return new Hit(passage, score, score, 0, 0, "");
    }

    static Hit unit(Passage passage, double score) {
        return new Hit(passage, score, 0, score, 0, "");
    }

    static Hit faq(Passage passage, double score, String question) {
        return new Hit(passage, score, 0, 0, score, question);
    }

    /** The same passage found another way: whole-text scores add up, the best sentence and FAQ count once. */
    Hit plus(Hit other) {
        double text = textScore + other.textScore;
        double unit = Math.max(unitScore, other.unitScore);
        double faq = Math.max(faqScore, other.faqScore);
        String question = other.faqScore > faqScore ? other.faqQuestion : faqQuestion;
        return new Hit(passage, text + unit + faq, text, unit, faq, question);
    }
}
