package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import java.util.List;
import java.util.Optional;

/**
 * Hands a question the advisor could not help with to the School's staff, with the student's yes: the
 * button under a refusal (or after 👎), the confirmation showing exactly what will be sent, the sending, and
 * the staff's answer relayed back with 👍/👎.
 */
final class StaffHandover {

    static final String PREFIX = "staff";
    static final String ACTION_ASK = "staff?:";
    static final String ACTION_SEND = "staff!:";
    static final String ACTION_DONT_SEND = "staffx:";
    static final String ACTION_HELPFUL = "staff+:";
    static final String ACTION_UNHELPFUL = "staff-:";

    private final StaffDesk desk;
    private final FeedbackSink feedback;

    StaffHandover(StaffDesk desk, FeedbackSink feedback) {
        this.desk = desk;
        this.feedback = feedback;
    }

    /** The button offering to ask the staff about answer {@code number}; empty when no staff can be reached. */
    Optional<Button> offer(int number, Language language) {
        return desk.available() ? Optional.of(new Button(Texts.buttonAskStaff(language), ACTION_ASK + number))
                : Optional.empty();
    }

    /** What a handover button does in this conversation. */
    ChatReply press(ButtonAction action, String chatId, Conversation conversation, Language language) {
        if (action.prefix().equals(ACTION_HELPFUL) || action.prefix().equals(ACTION_UNHELPFUL)) {
            return rateStaffAnswer(action, conversation, language);
        }
        Optional<String> question = conversation.answer(action.answer()).map(a -> a.result().question());
        if (question.isEmpty() || !desk.available()) {
            return ChatReply.text(Texts.answerExpired(language));
        }
        long days = desk.keptFor().toDays();
        switch (action.prefix()) {
            case ACTION_ASK:
                return ChatReply.builder()
                        .text(Texts.confirmStaffQuestion(language, days))
                        .quote(question.get())
                        .buttons(new Button(Texts.buttonSend(language), ACTION_SEND + action.answer()),
                                new Button(Texts.buttonDontSend(language), ACTION_DONT_SEND + action.answer()))
                        .build();
            case ACTION_SEND:
                return ChatReply.text(desk.send(chatId, question.get()) ? Texts.staffQuestionSent(language, days)
                        : Texts.staffUnreachable(language));
            default:
                return ChatReply.text(Texts.staffQuestionNotSent(language));
        }
    }

    /** The staff's answer as the student reads it, numbered {@code number} for 👍/👎. */
    ChatReply relayed(String question, String answer, int number, Language language) {
        feedback.staffAnswered(question, answer);
        return ChatReply.builder()
                .strong(Texts.staffAnswerHeading(language, question))
                .text(answer)
                .buttons(List.of(new Button("👍", ACTION_HELPFUL + number), new Button("👎", ACTION_UNHELPFUL + number)))
                .build();
    }

    private ChatReply rateStaffAnswer(ButtonAction action, Conversation conversation, Language language) {
        Optional<Conversation.StaffAnswer> answer = conversation.staffAnswer(action.answer());
        if (answer.isEmpty()) {
            return ChatReply.text(Texts.answerExpired(language));
        }
        boolean helpful = action.prefix().equals(ACTION_HELPFUL);
        feedback.rated(answer.get().question(), FeedbackSink.STAFF_SECTION, helpful);
        return ChatReply.notice(Texts.thanksForFeedback(language, true));
    }
}
