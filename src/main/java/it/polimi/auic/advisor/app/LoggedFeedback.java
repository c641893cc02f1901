package it.polimi.auic.advisor.app;

import it.polimi.auic.advisor.chat.FeedbackSink;
import it.polimi.auic.advisor.feedback.FeedbackLog;

/**
 * The chat core's feedback, written to the feedback log. Digits are masked first: a question can carry a
 * student's grades or credits ("I have 26.5 and 150 CFU..."), and those are not to be stored anywhere.
 */
final class LoggedFeedback implements FeedbackSink {

    private final FeedbackLog log;

    LoggedFeedback(FeedbackLog log) {
        this.log = log;
    }

    static String withoutNumbers(String question) {
        return question.replaceAll("\\d+(?:[.,]\\d+)?", "#");
    }

    @Override
    public void unanswered(String question) {
        log.unanswered(withoutNumbers(question));
    }

    @Override
    public void staffAnswered(String question, String answer) {
        log.staffAnswered(withoutNumbers(question), answer);
    }

    @Override
    public void rated(String question, String section, boolean helpful) {
        if (helpful) {
            log.helpful(withoutNumbers(question), section);
        } else {
            log.unhelpful(withoutNumbers(question), section);
        }
    }
}
