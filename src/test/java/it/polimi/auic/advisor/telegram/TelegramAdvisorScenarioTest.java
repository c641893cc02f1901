package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.telegram.format.MessageSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole advisor behind the real telegrambots client and the fake Bot API server: a student starts the bot,
 * asks a question, presses the answer's buttons and walks a calculator on its buttons.
 */
class TelegramAdvisorScenarioTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path dataDir;

    private static FakeBotApiServer server;
    private static BotHarness harness;

    @BeforeAll
    static void start() throws Exception {
        server = new FakeBotApiServer(BotHarness.SPEED_UP);
        harness = new BotHarness(server, dataDir);
        harness.start(Advisor.load(Path.of("knowledge"), Path.of("config")).chat());
    }

    @AfterAll
    static void stop() {
        harness.close();
        server.close();
    }

    @Test
    void startQuestionButtonsAndACalculatorFlow() throws Exception {
        long chat = 501;
        FakeBotApiServer.Sent welcome = say(chat, "/start", "en");
        assertTrue(welcome.text().contains("AUIC"), welcome.text());
        List<String> calculators = actions(welcome.replyMarkup());
        assertTrue(calculators.contains("/admission"), calculators.toString());

        FakeBotApiServer.Sent answer = say(chat, "How many workshop credits can be recognised?", "en");
        assertTrue(answer.text().contains("<i>"), "the regulation is quoted: " + answer.text());
        assertTrue(answer.text().contains("7.2"), "and cited: " + answer.text());
        List<String> answerButtons = actions(answer.replyMarkup());
        assertTrue(answerButtons.size() >= 2, answerButtons.toString());

        int answersBefore = server.calls("answerCallbackQuery").size();
        server.pushButton(chat, chat, answerButtons.get(0), "en");
        assertTrue(server.awaitCalls("answerCallbackQuery", answersBefore + 1, WAIT));
        JsonNode feedback = last(server.calls("answerCallbackQuery")).params();
        assertFalse(feedback.path("text").asText("").isBlank(), "the thumbs-up is acknowledged: " + feedback);

        // The admission calculator, started from /start's button: buttons where it offers them, typed values where
        // it asks for them, up to its verdict.
        FakeBotApiServer.Sent step = press(chat, "/admission");
        step = press(chat, action(step, "Yes"));
        step = press(chat, action(step, "L-17"));
        step = press(chat, action(step, "2021/22"));
        step = press(chat, action(step, "I don't know: skip"));
        step = say(chat, "18/07/2024", "en");
        step = say(chat, "150", "en");
        step = say(chat, "28", "en");
        step = press(chat, action(step, "Yes"));
        assertTrue(step.text().contains("<b>") && step.text().contains("Automatic admission"), step.text());
        assertTrue(step.text().contains("1.3.1"), "every finding cites its section: " + step.text());
        assertNothingRefused();
    }

    /** The callback data of the button with this label under a message. */
    private static String action(FakeBotApiServer.Sent message, String label) {
        for (JsonNode row : message.replyMarkup().path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().equals(label)) {
                    return button.path("callback_data").asText();
                }
            }
        }
        throw new AssertionError("no button '" + label + "' under: " + message.text() + " " + message.replyMarkup());
    }

    @Test
    void italianStudentsAreAnsweredInItalianAndDeepLinksWork() throws Exception {
        FakeBotApiServer.Sent welcome = say(502, "/start", "it");
        assertTrue(welcome.text().contains("Ciao") || welcome.text().contains("Sono"), welcome.text());
        FakeBotApiServer.Sent deepLink = say(503, "/start admission", "en");
        assertFalse(deepLink.text().isBlank());
        assertNothingRefused();
    }

    @Test
    void awkwardInputNeverBouncesOffTheBotApi() throws Exception {
        long chat = 504;
        List<String> inputs = List.of("<b>bold?</b> & <script>", "😀🎓 " + "x".repeat(3000), "2023-02-30",
                "what about  <  > & \" ' ? credits", " ");
        for (String input : inputs) {
            say(chat, input, "en");
        }
        assertNothingRefused();
        server.sentTo(chat).forEach(s -> assertTrue(s.text().length() <= MessageSplitter.TELEGRAM_LIMIT));
    }

    private static FakeBotApiServer.Sent say(long chat, String text, String language) throws InterruptedException {
        int before = server.sentTo(chat).size();
        server.pushText(chat, chat, text, language);
        return awaitNext(chat, before);
    }

    private static FakeBotApiServer.Sent press(long chat, String data) throws InterruptedException {
        int before = server.sentTo(chat).size();
        int answered = server.calls("answerCallbackQuery").size();
        server.pushButton(chat, chat, data, "en");
        assertTrue(server.awaitCalls("answerCallbackQuery", answered + 1, WAIT), "every press is acknowledged");
        return awaitNext(chat, before);
    }

    private static FakeBotApiServer.Sent awaitNext(long chat, int before) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.sentTo(chat).size() <= before && System.nanoTime() < deadline) {
            server.awaitSent(server.sent().size() + 1, Duration.ofMillis(200));
        }
        List<FakeBotApiServer.Sent> sent = server.sentTo(chat);
        assertTrue(sent.size() > before, "a reply in chat " + chat);
        return sent.get(sent.size() - 1);
    }

    private static List<String> actions(JsonNode markup) {
        List<String> actions = new ArrayList<>();
        if (markup != null) {
            for (JsonNode row : markup.path("inline_keyboard")) {
                for (JsonNode button : row) {
                    String data = button.path("callback_data").asText();
                    assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= 64, data);
                    actions.add(data);
                }
            }
        }
        return actions;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static void assertNothingRefused() {
        assertEquals(List.of(), server.calls("sendMessage").stream().filter(c -> c.status() != 200)
                .map(c -> c.status() + " " + c.params().path("text").asText()).toList());
    }
}
