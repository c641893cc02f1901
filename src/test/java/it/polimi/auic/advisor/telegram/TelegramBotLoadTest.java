package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Application day against the fake Bot API server: bursts from many chats, injected server errors, a restart in
 * the middle. Every message must be answered exactly once and each chat in order. The bot and the server run
 * {@value BotHarness#SPEED_UP} times faster than Telegram's limits; {@link TelegramRealLimitsTest} keeps them.
 */
class TelegramBotLoadTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private FakeBotApiServer server;
    private BotHarness harness;
    private final Conversations conversations = new Conversations();

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeBotApiServer(BotHarness.SPEED_UP);
        harness = new BotHarness(server, dataDir);
    }

    @AfterEach
    void stopAll() {
        harness.close();
        server.close();
    }

    @Test
    void withFifteenPercentServerErrorsNothingIsLostOrRepeated() throws Exception {
        server.injectFaults(0.15);
        harness.start(new EchoCore());
        pushRound(60, 1);
        for (long chat = 1; chat <= 30; chat++) {
            server.pushButton(chat, chat, "press-" + chat, "en");
            conversations.sent(chat, "press-" + chat);
        }
        pushRound(60, 2);
        assertTrue(server.awaitSent(conversations.messages(), WAIT), "answered: " + server.sent().size());
        assertTrue(server.awaitCalls("answerCallbackQuery", 30, WAIT));
        harness.stop();
        conversations.assertAnsweredOnceInOrder(server.sent());
        long answeredPresses = server.calls("answerCallbackQuery").stream().filter(c -> c.status() == 200).count();
        assertEquals(30, answeredPresses, "every press answered once");
        assertTrue(server.calls("sendMessage").stream().anyMatch(c -> c.status() == 502), "faults were injected");
    }

    @Test
    void aRestartInTheMiddleNeitherRepeatsNorSkips() throws Exception {
        harness.start(new EchoCore());
        pushRound(100, 1);
        pushRound(100, 2);
        assertTrue(server.awaitSent(40, WAIT));
        harness.stop();
        int answeredBeforeRestart = server.sent().size();
        assertTrue(answeredBeforeRestart < 200, "the restart came in the middle: " + answeredBeforeRestart);
        Path offsetFile = dataDir.resolve("telegram-offset-123456.json");
        assertTrue(Files.exists(offsetFile));

        pushRound(100, 3);
        harness.start(new EchoCore());
        assertTrue(server.awaitSent(300, WAIT), "answered: " + server.sent().size());
        harness.stop();
        conversations.assertAnsweredOnceInOrder(server.sent());
        long saved = new ObjectMapper().readTree(offsetFile.toFile()).path("lastHandledUpdateId").asLong();
        assertEquals(300, saved, "the last update answered is remembered");
    }

    @Test
    void aSlowChatDoesNotHoldUpTheOthers() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        harness.start(request -> {
            if (request.chatId().equals("1")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return it.polimi.auic.advisor.chat.ChatReply.text("re: " + request.text());
        });
        server.pushText(1, 1, "slow question", "en");
        conversations.sent(1, "slow question");
        pushRound(20, 1, 2);
        assertTrue(server.awaitSent(20, WAIT), "the other chats were answered while chat 1 waited");
        assertTrue(server.awaitCalls("sendChatAction", 1, WAIT), "chat 1 sees the bot typing");
        assertEquals("typing", server.calls("sendChatAction").get(0).params().path("action").asText());
        release.countDown();
        assertTrue(server.awaitSent(21, WAIT));
        conversations.assertAnsweredOnceInOrder(server.sent());
    }

    private void pushRound(int chats, int round) {
        pushRound(chats, round, 1);
    }

    private void pushRound(int chats, int round, long firstChat) {
        for (long chat = firstChat; chat < firstChat + chats; chat++) {
            String text = "chat " + chat + " message " + round + " <&>";
            server.pushText(chat, chat, text, "en");
            conversations.sent(chat, text);
        }
    }
}
