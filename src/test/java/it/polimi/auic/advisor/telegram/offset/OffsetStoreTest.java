package it.polimi.auic.advisor.telegram.offset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetStoreTest {

    private static final Instant SAVED = Instant.parse("2026-06-30T18:00:00Z");

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsTheStateWithItsTimeUnderTheDataFolderOneFilePerBot() throws Exception {
        OffsetStore store = new OffsetStore(dir.resolve("data"), "123456");
        assertEquals(OffsetTracker.State.EMPTY, store.load(), "nothing saved yet");
        store.save(new OffsetTracker.State(41, List.of(43L, 44L), SAVED));
        assertEquals(new OffsetTracker.State(41, List.of(43L, 44L), SAVED), store.load());
        assertEquals(dir.resolve("data/telegram-offset-123456.json"), store.file());
        assertTrue(Files.readString(store.file()).contains("\"changedAt\":\"2026-06-30T18:00:00Z\""));
        assertEquals(OffsetTracker.State.EMPTY, new OffsetStore(dir.resolve("data"), "777").load(), "another bot starts afresh");
    }

    @Test
    void aFileFromBeforeTheTimeWasSavedIsAsOldAsItsLastWrite() throws Exception {
        OffsetStore store = new OffsetStore(dir, "1");
        Files.writeString(store.file(), "{\"lastHandledUpdateId\": 41, \"handledAbove\": [43]}");
        Files.setLastModifiedTime(store.file(), FileTime.from(SAVED));
        assertEquals(new OffsetTracker.State(41, List.of(43L), SAVED), store.load());
    }

    @Test
    void anUnreadableFileIsSetAsideAndTheBotStartsFromTelegramsOffset() throws Exception {
        OffsetStore store = new OffsetStore(dir, "1");
        Files.writeString(store.file(), "{\"lastHandledUpdateId\": \"not a number\"");
        assertEquals(OffsetTracker.State.EMPTY, store.load());
        assertTrue(Files.exists(dir.resolve("telegram-offset-1.json.unreadable")));

        Files.writeString(store.file(), "{\"lastHandledUpdateId\": 4, \"handledAbove\": [], \"changedAt\": \"yesterday\"}");
        assertEquals(OffsetTracker.State.EMPTY, store.load(), "a time that is not one");
    }
}
