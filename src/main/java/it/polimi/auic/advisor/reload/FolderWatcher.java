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
 * Notices edits in the staff's folders by comparing, at each look, each file's size and modification time.
 * Polling a dozen files costs nothing and, unlike file-system events, behaves the same with every editor
 * (save in place, write-and-rename) and every file system (network shares included). An edit is passed on
 * once the folders look the same at two looks in a row, so a file caught half-written is not reported as
 * a broken edit.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final List<Path> folders;
    private final Runnable onChange;
    private final ScheduledExecutorService scheduler;
    private Map<String, String> lastSeen;
    private Map<String, String> pending;

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

    /** Compares the folders with the last looks; runs {@code onChange} once an edit has settled. */
    void check() {
        try {
            Map<String, String> now = fingerprint();
            if (now.equals(lastSeen)) {
                pending = null;
            } else if (now.equals(pending)) {
                lastSeen = now;
                pending = null;
                onChange.run();
            } else {
                pending = now;
            }
        } catch (RuntimeException e) {
            LOG.warn("could not check the knowledge and config folders for edits: {}", e.toString());
        }
    }

    private Map<String, String> fingerprint() {
        Map<String, String> files = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(path -> files.put(path.toString(), stamp(path)));
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
