package it.polimi.auic.advisor.feedback;

import java.util.Locale;

/** Why a question was logged. */
public enum FeedbackKind {
    /** The advisor found no passage to answer from and said so. */
    UNANSWERED,
    /** A student pressed 👎 under an answer. */
    UNHELPFUL,
    /** A student pressed 👍 under an answer; kept so that staff can tell which answers work. */
    HELPFUL,
    /** The School's staff answered a question a student sent them: what a FAQ entry could say next time. */
    STAFF;

    /** The word staff type on the command line ({@code unanswered}, ...). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
