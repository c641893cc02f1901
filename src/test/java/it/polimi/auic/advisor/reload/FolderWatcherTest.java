package it.polimi.auic.advisor.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir
    Path folder;

    @Test
    void anEditIsPassedOnOnceItHasSettledAndOnlyOnce() throws IOException {
        Files.writeString(folder.resolve("a.md"), "one");
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = FolderWatcher.start(List.of(folder), 3_600_000, changes::incrementAndGet)) {
            watcher.check();
            assertEquals(0, changes.get(), "nothing changed yet");

            Files.writeString(folder.resolve("a.md"), "one and two");
            watcher.check();
            assertEquals(0, changes.get(), "an edit seen once may still be under way");
            watcher.check();
            assertEquals(1, changes.get(), "the same look twice: the edit has settled");
            watcher.check();
            assertEquals(1, changes.get(), "no new edit");

            Files.writeString(folder.resolve("b.md"), "new file");
            watcher.check();
            Files.delete(folder.resolve("b.md"));
            watcher.check();
            watcher.check();
            assertEquals(1, changes.get(), "a file created and deleted between looks changes nothing in the end");
        }
    }

    @Test
    void aMissingFolderDoesNotStopTheWatcher() throws IOException {
        AtomicInteger changes = new AtomicInteger();
        Path missing = folder.resolve("not-yet");
        try (FolderWatcher watcher = FolderWatcher.start(List.of(missing), 3_600_000, changes::incrementAndGet)) {
            Files.createDirectories(missing);
            Files.writeString(missing.resolve("glossary.txt"), "cfu, ects");
            watcher.check();
            watcher.check();
            assertEquals(1, changes.get());
        }
    }
}
