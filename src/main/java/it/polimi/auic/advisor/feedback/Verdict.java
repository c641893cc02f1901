package it.polimi.auic.advisor.feedback;

/**
 * Whether the regulations hold text a FAQ entry could answer a group's question from.
 *
 * @param outcome        an entry could answer it, or it is not in the regulations
 * @param relatedSection where the related text is ("programme-rules 7.2 Workshops"), for a new FAQ entry to
 *                       point at; {@code null} when the question is not in the regulations
 */
public record Verdict(Outcome outcome, String relatedSection) {

    /** What staff can do about a group. */
    public enum Outcome {
        /** The regulations speak to it: a FAQ entry pointing at the related section would answer it. */
        ENTRY_COULD_ANSWER("entry-could-answer"),
        /** Nothing in the regulations answers it: a question for the staff, or for an office to name. */
        NOT_IN_REGULATIONS("not-in-regulations");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        /** The word of the JSON output. */
        public String word() {
            return word;
        }
    }

    static Verdict entryCouldAnswer(String relatedSection) {
        return new Verdict(Outcome.ENTRY_COULD_ANSWER, relatedSection);
    }

    static Verdict notInRegulations() {
        return new Verdict(Outcome.NOT_IN_REGULATIONS, null);
    }

    public boolean entryCouldAnswer() {
        return outcome == Outcome.ENTRY_COULD_ANSWER;
    }
}
