package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot restarted after a quiet spell, against the fake Bot API server, with the wall clock injected: an offset
 * saved a day or more ago says nothing of the updates Telegram holds now (and update ids may have restarted lower),
 * one saved an hour ago is used as usual.
 */
class TelegramQuietWeekTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant SEPTEMBER = Instant.parse("2026-09-01T08:00:00Z");

    @TempDir
    Path dataDir;

    private FakeBotApiServer server;
    private BotHarness harness;
    private final MovableClock clock = new MovableClock(SEPTEMBER);

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeBotApiServer(BotHarness.SPEED_UP);
        server.useClock(clock);
        harness = new BotHarness(server, dataDir);
    }

    @AfterEach
    void stopAll() {
        harness.close();
        server.close();
    }

    @Test
    void anOffsetSavedTwentyFiveHoursAgoIsNotSentAndLowerUpdateIdsAreAnswered() throws Exception {
        saveOffset(5000, SEPTEMBER.minus(Duration.ofHours(25)));
        server.pushText(1, 1, "back after the summer", "en");
        server.pushText(2, 2, "anyone there?", "it");

        harness.start(new EchoCore(), clock, Optional.empty());

        assertTrue(server.awaitSent(2, WAIT), "answered: " + server.sent().size());
        assertEquals(List.of("re: back after the summer"), texts(1));
        assertEquals(List.of("re: anyone there?"), texts(2));
        long firstOffset = server.calls("getUpdates").get(0).params().path("offset").asLong();
        assertTrue(firstOffset < 5000, "the stale offset was not sent: " + firstOffset);
    }

    @Test
    void anOffsetSavedAnHourAgoIsUsedAsToday() throws Exception {
        server.pushText(1, 1, "answered before the restart", "en");
        server.pushText(1, 1, "answered too", "en");
        saveOffset(2, SEPTEMBER.minus(Duration.ofHours(1)));
        server.pushText(1, 1, "new since", "en");

        harness.start(new EchoCore(), clock, Optional.empty());

        assertTrue(server.awaitSent(1, WAIT));
        assertEquals(3, server.calls("getUpdates").get(0).params().path("offset").asLong());
        harness.stop();
        assertEquals(List.of("re: new since"), texts(1), "nothing at or below the saved offset is answered again");
    }

    private void saveOffset(long lastHandled, Instant changedAt) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("telegram-offset-" + FakeBotApiServer.BOT_ID + ".json"),
                "{\"lastHandledUpdateId\":" + lastHandled + ",\"handledAbove\":[],\"changedAt\":\"" + changedAt + "\"}");
    }

    private List<String> texts(long chat) {
        return server.sentTo(chat).stream().map(FakeBotApiServer.Sent::text).toList();
    }
}
