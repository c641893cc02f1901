package it.polimi.auic.advisor.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices edits in the staff's folders by comparing, every second, each file's size and modification time.
 * Polling a dozen files costs nothing and, unlike file-system events, behaves the same with every editor
 * (save in place, write-and-rename) and every file system (network shares included).
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final List<Path> folders;
    private final Runnable onChange;
    private final ScheduledExecutorService scheduler;
    private Map<String, String> lastSeen;

    private FolderWatcher(List<Path> folders, Runnable onChange) {
        this.folders = List.copyOf(folders);
        this.onChange = onChange;
        this.lastSeen = fingerprint();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "knowledge-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts watching; {@code onChange} runs on the watcher's thread after each edit. */
    public static FolderWatcher start(List<Path> folders, long periodMillis, Runnable onChange) {
        FolderWatcher watcher = new FolderWatcher(folders, onChange);
        watcher.scheduler.scheduleWithFixedDelay(watcher::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return watcher;
    }

    /** Compares the folders with the last look; runs {@code onChange} when anything differs. */
    void check() {
        try {
            Map<String, String> now = fingerprint();
            if (!now.equals(lastSeen)) {
                lastSeen = now;
                onChange.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("could not check the knowledge and config folders for edits: {}", e.toString());
        }
    }

    private Map<String, String> fingerprint() {
        Map<String, String> files = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                files.put(folder.toString(), "missing");
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.forEach(path -> files.put(path.toString(), stamp(path)));
            } catch (IOException | UncheckedIOException e) {
                files.put(folder.toString(), "unreadable");
            }
        }
        return files;
    }

    private static String stamp(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime();
        } catch (IOException e) {
            return "gone";
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
