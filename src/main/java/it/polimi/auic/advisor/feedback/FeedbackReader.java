package it.polimi.auic.advisor.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every kept file of the log, oldest first. A line that cannot be read (torn by a crash in the
 * middle of a write, or mangled by hand) is counted and skipped; it never hides the lines around it.
 */
public final class FeedbackReader {

    private FeedbackReader() {
    }

    /** The folder of the log under a data folder: {@code <dataDir>/feedback}. */
    public static Path folder(Path dataDir) {
        return LogFiles.folder(dataDir);
    }

    /** Reads the log under a data folder ({@code <dataDir>/feedback}); empty when nothing was logged yet. */
    public static LogContents readDataDir(Path dataDir) {
        return read(LogFiles.folder(dataDir));
    }

    /** Reads the log files in one folder; throws {@link UncheckedIOException} only when the folder cannot be listed. */
    public static LogContents read(Path folder) {
        List<Path> files;
        try {
            files = LogFiles.list(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the feedback log in " + folder + ": " + e.getMessage(), e);
        }
        List<FeedbackEntry> entries = new ArrayList<>();
        int unreadable = 0;
        int read = 0;
        for (Path file : files) {
            try {
                unreadable += readFile(file, entries);
                read++;
            } catch (NoSuchFileException e) {
                // Deleted by a rotation in a running advisor between listing and reading: it is gone on purpose.
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new LogContents(entries, unreadable, read);
    }

    private static int readFile(Path file, List<FeedbackEntry> entries) throws IOException {
        int unreadable = 0;
        // InputStreamReader replaces malformed UTF-8 (half a character left by a torn write) instead of failing.
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(LogJson.parse(line));
                } catch (IOException | RuntimeException e) {
                    unreadable++;
                }
            }
        }
        return unreadable;
    }
}
