package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.search.SearchResult;
import java.util.Optional;

/** What the buttons under an answer do: 👍/👎 feedback (👎 offers the staff), the full section, how it was found. */
final class AnswerButtons {

    private final Snapshot snapshot;
    private final FeedbackSink feedback;
    private final StaffHandover handover;

    AnswerButtons(Snapshot snapshot, FeedbackSink feedback, StaffHandover handover) {
        this.snapshot = snapshot;
        this.feedback = feedback;
        this.handover = handover;
    }

    ChatReply press(ButtonAction action, Conversation conversation, Language language) {
        Optional<Conversation.RecentAnswer> answer = conversation.answer(action.answer());
        if (answer.isEmpty() || answer.get().result().answers().isEmpty()) {
            return ChatReply.text(Texts.answerExpired(language));
        }
        SearchResult result = answer.get().result();
        int number = action.answer();
        switch (action.prefix()) {
            case AnswerComposer.ACTION_HELPFUL:
                feedback.rated(result.question(), result.answers().get(0).passage().section().toString(), true);
                return ChatReply.notice(Texts.thanksForFeedback(language, true));
            case AnswerComposer.ACTION_UNHELPFUL:
                feedback.rated(result.question(), result.answers().get(0).passage().section().toString(), false);
                return handover.offer(number, language)
                        .map(ask -> ChatReply.builder().text(Texts.unhelpfulOfferStaff(language)).buttons(ask).build())
                        .orElse(ChatReply.notice(Texts.thanksForFeedback(language, false)));
            case AnswerComposer.ACTION_FULL_TEXT:
                return AnswerComposer.fullText(result, number, language);
            default:
                return AnswerComposer.sources(snapshot.search(), result, number, language);
        }
    }
}
