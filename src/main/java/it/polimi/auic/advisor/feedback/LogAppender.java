package it.polimi.auic.advisor.feedback;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends whole lines to the newest file of the log, starting a new file when it is full and deleting the
 * oldest beyond the number kept. Not thread-safe: {@link FeedbackLog} holds the lock. After any exception
 * the caller closes it and opens a new one, which re-checks the file from scratch.
 */
final class LogAppender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogAppender.class);
    private static final byte NEWLINE = '\n';

    private final Path folder;
    private final FeedbackSettings settings;
    private FileChannel channel;
    private Path file;

    private LogAppender(Path folder, FeedbackSettings settings) {
        this.folder = folder;
        this.settings = settings;
    }

    /** Continues the newest file (or starts the first), after ending a torn line a crash may have left. */
    static LogAppender open(Path folder, FeedbackSettings settings) throws IOException {
        LogAppender appender = new LogAppender(folder, settings);
        try {
            Files.createDirectories(folder);
            appender.continueNewestFile();
            return appender;
        } catch (IOException | RuntimeException e) {
            appender.close();
            throw e;
        }
    }

    /** Whether the file being written is still there (staff may move or delete it to archive or clear the log). */
    boolean fileStillThere() {
        return Files.exists(file);
    }

    /** Writes the line in one piece and waits until it is on disk. */
    void append(byte[] line) throws IOException {
        if (channel.size() > 0 && channel.size() + line.length > settings.maxFileBytes()) {
            rotate();
        }
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    private void continueNewestFile() throws IOException {
        List<Path> files = LogFiles.list(folder);
        if (files.isEmpty()) {
            startFile(1);
            return;
        }
        Path newest = files.get(files.size() - 1);
        boolean torn = endsInTornLine(newest);
        channel = FileChannel.open(newest, WRITE, APPEND);
        file = newest;
        if (torn) {
            // The reader skips the fragment; a newline keeps the next entry from being glued to it.
            LOG.info("The feedback log {} ended in an incomplete line (an interrupted write); it is skipped", newest);
            channel.write(ByteBuffer.wrap(new byte[] {NEWLINE}));
        }
    }

    private static boolean endsInTornLine(Path file) throws IOException {
        try (FileChannel reader = FileChannel.open(file, READ)) {
            long size = reader.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            reader.read(last, size - 1);
            return last.get(0) != NEWLINE;
        }
    }

    private void rotate() throws IOException {
        FileChannel full = channel;
        try {
            startFile(LogFiles.number(file) + 1);
        } catch (FileAlreadyExistsException e) {
            // Another advisor on the same data folder rotated first: write where it does.
            full.close();
            continueNewestFile();
            return;
        }
        full.close();
        List<Path> files = LogFiles.list(folder);
        for (int i = 0; i < files.size() - settings.keptFiles(); i++) {
            Files.deleteIfExists(files.get(i));
        }
    }

    private void startFile(long number) throws IOException {
        Path fresh = LogFiles.file(folder, number);
        channel = FileChannel.open(fresh, CREATE_NEW, WRITE, APPEND);
        file = fresh;
        forceFolder();
    }

    /** Makes the new file's name durable too; not every system can sync a folder, which is harmless. */
    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(folder, READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot sync folder {}: {}", folder, e.toString());
        }
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing the feedback log failed: {}", e.toString());
        }
    }
}
