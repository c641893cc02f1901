package it.polimi.auic.advisor.chat;

import java.util.List;
import java.util.Optional;

/**
 * A press of one of the buttons under a reply: the kind of press and the number of the answer it was under.
 *
 * @param prefix one of the {@code ACTION_*} prefixes of {@link AnswerComposer} or {@link StaffHandover}
 * @param answer the answer's number in its chat
 */
record ButtonAction(String prefix, int answer) {

    private static final List<String> PREFIXES = List.of(
            AnswerComposer.ACTION_HELPFUL, AnswerComposer.ACTION_UNHELPFUL,
            AnswerComposer.ACTION_FULL_TEXT, AnswerComposer.ACTION_SOURCES,
            StaffHandover.ACTION_ASK, StaffHandover.ACTION_SEND, StaffHandover.ACTION_DONT_SEND,
            StaffHandover.ACTION_HELPFUL, StaffHandover.ACTION_UNHELPFUL);

    static Optional<ButtonAction> parse(String text) {
        for (String prefix : PREFIXES) {
            if (text.startsWith(prefix)) {
                String number = text.substring(prefix.length());
                if (number.matches("\\d{1,9}")) {
                    return Optional.of(new ButtonAction(prefix, Integer.parseInt(number)));
                }
            }
        }
        return Optional.empty();
    }

    boolean isStaffAction() {
        return prefix.startsWith(StaffHandover.PREFIX);
    }
}
