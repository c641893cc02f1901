package it.polimi.auic.advisor.chat;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.flow.CalculatorFlows;
import it.polimi.auic.advisor.language.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A chat core over the repository's knowledge and config, recording what it reports, for the chat tests. */
final class CoreHarness {

    private static Snapshot snapshot;

    final List<String> unanswered = new ArrayList<>();
    final List<String> ratings = new ArrayList<>();
    final List<String> staffAnswers = new ArrayList<>();
    final ChatCore chat;

    CoreHarness(StaffDesk desk) {
        FeedbackSink feedback = new FeedbackSink() {
            @Override
            public void unanswered(String question) {
                unanswered.add(question);
            }

            @Override
            public void rated(String question, String section, boolean helpful) {
                ratings.add((helpful ? "+" : "-") + section + " " + question);
            }

            @Override
            public void staffAnswered(String question, String answer) {
                staffAnswers.add(question + " -> " + answer);
            }
        };
        chat = new ChatCore(CoreHarness::snapshot,
                new CalculatorFlows(() -> snapshot().config().calculators(), Clock.systemUTC()),
                new ConversationStore(Duration.ofMinutes(30), Ticker.systemTicker()), feedback, AdminActions.NONE, desk);
    }

    static synchronized Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = Advisor.snapshot(Path.of("knowledge"), Path.of("config"));
        }
        return snapshot;
    }

    /** A typed message from chat {@code chat}, whose Telegram client is set to {@code client}. */
    ChatReply say(String chat, String text, Language client) {
        return this.chat.handle(new ChatRequest(chat, "42", text, client));
    }

    /** A button pressed in chat {@code chat}. */
    ChatReply press(String chat, String action, Language client) {
        return this.chat.handle(new ChatRequest(chat, "42", action, client, true));
    }

    static List<Button> buttons(ChatReply reply) {
        return reply.keyboard().stream().flatMap(List::stream).toList();
    }

    static Button button(ChatReply reply, String labelStart) {
        return buttons(reply).stream().filter(b -> b.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + labelStart + "' under " + reply.plainText()
                        + " " + buttons(reply)));
    }
}
