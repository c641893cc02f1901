package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the advisor remembers of one chat between two messages, in memory only and only until the chat
 * goes quiet: the calculator in progress, if any, and the last few answers (for 👍/👎, "Sources", "Full text").
 *
 * @param flow    the calculator conversation in progress
 * @param answers the most recent answers, oldest first
 * @param counter the number given to the latest answer
 */
record Conversation(Optional<Calculators.Pending> flow, List<RecentAnswer> answers, int counter) {

    /** How many answers a chat can still refer to with the buttons under them. */
    static final int REMEMBERED_ANSWERS = 5;

    static final Conversation EMPTY = new Conversation(Optional.empty(), List.of(), 0);

    /** An answer given in this chat, kept so the buttons under it keep working. */
    record RecentAnswer(int number, SearchResult result) {
    }

    Conversation {
        answers = List.copyOf(answers);
    }

    Conversation withFlow(Optional<Calculators.Pending> next) {
        return new Conversation(next, answers, counter);
    }

    /** Adds an answer and returns the conversation with its number as {@link #counter()}. */
    Conversation withAnswer(SearchResult result) {
        List<RecentAnswer> kept = new ArrayList<>(answers);
        kept.add(new RecentAnswer(counter + 1, result));
        while (kept.size() > REMEMBERED_ANSWERS) {
            kept.remove(0);
        }
        return new Conversation(flow, kept, counter + 1);
    }

    Optional<RecentAnswer> answer(int number) {
        return answers.stream().filter(a -> a.number() == number).findFirst();
    }

    Optional<RecentAnswer> latestAnswer() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    boolean isEmpty() {
        return flow.isEmpty() && answers.isEmpty();
    }
}
