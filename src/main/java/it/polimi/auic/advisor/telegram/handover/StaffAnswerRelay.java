package it.polimi.auic.advisor.telegram.handover;

import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;

/** How a staff answer becomes the message the student reads: {@code ChatCore::relayStaffAnswer}. */
@FunctionalInterface
public interface StaffAnswerRelay {

    ChatReply relay(String chatId, String question, String answer, Language clientLanguage);
}
