package it.polimi.auic.advisor.telegram.offset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsTheStateUnderTheDataFolderOneFilePerBot() {
        OffsetStore store = new OffsetStore(dir.resolve("data"), "123456");
        assertEquals(OffsetTracker.State.EMPTY, store.load(), "nothing saved yet");
        store.save(new OffsetTracker.State(41, List.of(43L, 44L)));
        assertEquals(new OffsetTracker.State(41, List.of(43L, 44L)), store.load());
        assertEquals(dir.resolve("data/telegram-offset-123456.json"), store.file());
        assertEquals(OffsetTracker.State.EMPTY, new OffsetStore(dir.resolve("data"), "777").load(), "another bot starts afresh");
    }

    @Test
    void anUnreadableFileIsSetAsideAndTheBotStartsFromTelegramsOffset() throws Exception {
        OffsetStore store = new OffsetStore(dir, "1");
        Files.writeString(store.file(), "{\"lastHandledUpdateId\": \"not a number\"");
        assertEquals(OffsetTracker.State.EMPTY, store.load());
        assertTrue(Files.exists(dir.resolve("telegram-offset-1.json.unreadable")));
    }
}
