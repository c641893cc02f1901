package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.telegram.receive.LatencyProbe;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Telegram's own limits on the real clock, against a server that counts like Telegram: a burst from many chats goes
 * out as fast as the limits allow and no faster. The other end-to-end tests run the same pacing ten times faster.
 */
class TelegramRealLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** 300 messages at Telegram's 30 a second take 10 s at best. */
    private static final double FLOOR_SECONDS = 10.0;

    @TempDir
    Path dataDir;

    private FakeBotApiServer server;
    private BotHarness harness;
    private final Conversations conversations = new Conversations();

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeBotApiServer();
        harness = new BotHarness(server, dataDir);
    }

    @AfterEach
    void stopAll() {
        harness.close();
        server.close();
    }

    @Test
    void threeHundredMessagesFromOneHundredFiftyChatsAreAllAnsweredOnceInOrderNearTheFloor() throws Exception {
        harness.start(new EchoCore(), LatencyProbe.NONE, BotHarness.realSettings(server, dataDir));
        for (int round = 1; round <= 2; round++) {
            for (long chat = 1; chat <= 150; chat++) {
                String text = "chat " + chat + " message " + round + " <&>";
                server.pushText(chat, chat, text, "en");
                conversations.sent(chat, text);
            }
        }
        long started = System.nanoTime();
        assertTrue(server.awaitSent(300, WAIT), "answered: " + server.sent().size());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("300 replies in %.1f s (the 30/s floor is %.1f s)%n", seconds, FLOOR_SECONDS);
        conversations.assertAnsweredOnceInOrder(server.sent());
        long refusals = server.calls("sendMessage").stream().filter(c -> c.status() == 400 || c.status() == 429).count();
        assertEquals(0, refusals, "kept under the rate limit and the format rules");
        assertTrue(seconds <= 1.3 * FLOOR_SECONDS, "within 1.3 times the floor: " + seconds + " s");
    }
}
