package it.polimi.auic.advisor.chat;

/**
 * Where the chat core reports what staff should look at: questions it could not answer and answers students
 * found unhelpful. Only the question's text goes out, never who asked.
 */
public interface FeedbackSink {

    /** What a rating of an answer relayed from the School's staff gives as its section. */
    String STAFF_SECTION = "staff";

    FeedbackSink NONE = new FeedbackSink() {
        @Override
        public void unanswered(String question) {
        }

        @Override
        public void rated(String question, String section, boolean helpful) {
        }

        @Override
        public void staffAnswered(String question, String answer) {
        }
    };

    void unanswered(String question);

    /** A student pressed 👍 ({@code helpful}) or 👎 under the answer to {@code question} drawn from {@code section}. */
    void rated(String question, String section, boolean helpful);

    /**
     * The School's staff answered {@code question}, asked here and sent to them, with {@code answer}: what a FAQ
     * entry could say next time.
     */
    void staffAnswered(String question, String answer);
}
