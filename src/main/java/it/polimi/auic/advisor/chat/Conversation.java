package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the advisor remembers of one chat between two messages, in memory only and only until the chat
 * goes quiet: the calculator in progress, if any, the last few answers (for 👍/👎, "Sources", "Full text",
 * "Ask the School's staff"), the staff's answers relayed here, and the language the student writes in.
 *
 * @param flow     the calculator conversation in progress
 * @param answers  the most recent answers and refusals, oldest first
 * @param staff    the School's staff's answers relayed to this chat, oldest first
 * @param counter  the number given to the latest answer or relayed answer
 * @param language the language: fixed with /lang, or the last one the student's messages showed
 * @param verdict  the last calculator verdict's answers, for "what if" changes and "Try other values"
 * @param lastQuestion the student's last regulation question, for a follow-up that leans on it
 */
record Conversation(Optional<Calculators.Pending> flow, List<RecentAnswer> answers, List<StaffAnswer> staff,
                    int counter, ConversationLanguage language, Optional<Calculators.Finished> verdict,
                    Optional<String> lastQuestion) {

    /** How many answers a chat can still refer to with the buttons under them. */
    static final int REMEMBERED_ANSWERS = 5;

    static final Conversation EMPTY = new Conversation(Optional.empty(), List.of(), List.of(), 0,
            ConversationLanguage.UNKNOWN, Optional.empty(), Optional.empty());

    /** An answer (or a refusal) given in this chat, kept so the buttons under it keep working. */
    record RecentAnswer(int number, SearchResult result) {
    }

    /** An answer of the School's staff relayed to this chat, kept so 👍/👎 under it keep working. */
    record StaffAnswer(int number, String question, String answer) {
    }

    /**
     * The language of a chat.
     *
     * @param fixed  set by /lang for the rest of the conversation
     * @param spoken the language of the student's last message that showed one
     */
    record ConversationLanguage(Optional<Language> fixed, Optional<Language> spoken) {

        static final ConversationLanguage UNKNOWN = new ConversationLanguage(Optional.empty(), Optional.empty());
    }

    Conversation {
        answers = List.copyOf(answers);
        staff = List.copyOf(staff);
    }

    Conversation withFlow(Optional<Calculators.Pending> next) {
        return new Conversation(next, answers, staff, counter, language, verdict, lastQuestion);
    }

    /** After a calculator's turn: what is pending, and the verdict when it gave one (else the earlier one). */
    Conversation withTurn(CalculatorTurn turn) {
        Optional<Calculators.Finished> kept = turn.finished().isPresent() ? turn.finished() : verdict;
        return new Conversation(turn.pending(), answers, staff, counter, language, kept, lastQuestion);
    }

    Conversation withLastQuestion(String question) {
        return new Conversation(flow, answers, staff, counter, language, verdict, Optional.of(question));
    }

    /** Adds an answer and returns the conversation with its number as {@link #counter()}. */
    Conversation withAnswer(SearchResult result) {
        List<RecentAnswer> kept = new ArrayList<>(answers);
        kept.add(new RecentAnswer(counter + 1, result));
        while (kept.size() > REMEMBERED_ANSWERS) {
            kept.remove(0);
        }
        return new Conversation(flow, kept, staff, counter + 1, language, verdict, lastQuestion);
    }

    /** Adds a relayed staff answer and returns the conversation with its number as {@link #counter()}. */
    Conversation withStaffAnswer(String question, String answer) {
        List<StaffAnswer> kept = new ArrayList<>(staff);
        kept.add(new StaffAnswer(counter + 1, question, answer));
        while (kept.size() > REMEMBERED_ANSWERS) {
            kept.remove(0);
        }
        return new Conversation(flow, answers, kept, counter + 1, language, verdict, lastQuestion);
    }

    Conversation withLanguage(ConversationLanguage next) {
        return new Conversation(flow, answers, staff, counter, next, verdict, lastQuestion);
    }

    Optional<RecentAnswer> answer(int number) {
        return answers.stream().filter(a -> a.number() == number).findFirst();
    }

    Optional<StaffAnswer> staffAnswer(int number) {
        return staff.stream().filter(a -> a.number() == number).findFirst();
    }

    /** The latest answer that answered (not a refusal), for /why. */
    Optional<RecentAnswer> latestAnswer() {
        for (int i = answers.size() - 1; i >= 0; i--) {
            if (!answers.get(i).result().answers().isEmpty()) {
                return Optional.of(answers.get(i));
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return flow.isEmpty() && answers.isEmpty() && staff.isEmpty() && language.equals(ConversationLanguage.UNKNOWN)
                && verdict.isEmpty() && lastQuestion.isEmpty();
    }
}
