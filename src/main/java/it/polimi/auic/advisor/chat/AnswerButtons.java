package it.polimi.auic.advisor.chat;

import java.util.Optional;

/** What the buttons under an answer do: 👍/👎 feedback, the full section, how it was found. */
final class AnswerButtons {

    private final Snapshot snapshot;
    private final FeedbackSink feedback;

    AnswerButtons(Snapshot snapshot, FeedbackSink feedback) {
        this.snapshot = snapshot;
        this.feedback = feedback;
    }

    ChatReply press(ButtonAction action, Conversation conversation, Language language) {
        Optional<Conversation.RecentAnswer> answer = conversation.answer(action.answer());
        if (answer.isEmpty()) {
            return ChatReply.text(Texts.answerExpired(language));
        }
        var result = answer.get().result();
        switch (action.prefix()) {
            case AnswerComposer.ACTION_HELPFUL:
            case AnswerComposer.ACTION_UNHELPFUL:
                boolean helpful = action.prefix().equals(AnswerComposer.ACTION_HELPFUL);
                feedback.rated(result.question(), result.answers().get(0).passage().section().toString(), helpful);
                return ChatReply.notice(Texts.thanksForFeedback(language, helpful));
            case AnswerComposer.ACTION_FULL_TEXT:
                return AnswerComposer.fullText(result, language);
            default:
                return AnswerComposer.sources(snapshot.search(), result);
        }
    }
}
