package it.polimi.auic.advisor.chat;

/**
 * Where the chat core reports what staff should look at: questions it could not answer and answers students
 * found unhelpful. Only the question's text goes out, never who asked.
 */
public interface FeedbackSink {

    FeedbackSink NONE = new FeedbackSink() {
        @Override
        public void unanswered(String question) {
        }

        @Override
        public void rated(String question, String section, boolean helpful) {
        }
    };

    void unanswered(String question);

    /** A student pressed 👍 ({@code helpful}) or 👎 under the answer to {@code question} drawn from {@code section}. */
    void rated(String question, String section, boolean helpful);
}
