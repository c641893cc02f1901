package it.polimi.auic.advisor.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import it.polimi.auic.advisor.config.ConfigException;
import it.polimi.auic.advisor.config.JsonConfigReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code config/feedback.json}: how much of the feedback log is kept. The file is optional; without it
 * the log keeps {@value #DEFAULT_KEPT_FILES} files of 1 MiB (several thousand questions).
 *
 * @param maxFileBytes size after which the log starts a new file
 * @param keptFiles    how many files are kept, the one being written included; older ones are deleted
 */
public record FeedbackSettings(
        @JsonProperty(value = "maxFileBytes", required = true) long maxFileBytes,
        @JsonProperty(value = "keptFiles", required = true) int keptFiles) {

    static final String FILE = "feedback.json";
    static final long DEFAULT_MAX_FILE_BYTES = 1L << 20;
    static final int DEFAULT_KEPT_FILES = 5;
    static final long MIN_FILE_BYTES = 4L << 10;
    static final long MAX_FILE_BYTES = 64L << 20;
    static final int MAX_KEPT_FILES = 100;

    public FeedbackSettings {
        if (maxFileBytes < MIN_FILE_BYTES || maxFileBytes > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("maxFileBytes must be between " + MIN_FILE_BYTES + " and "
                    + MAX_FILE_BYTES + ", got " + maxFileBytes);
        }
        if (keptFiles < 1 || keptFiles > MAX_KEPT_FILES) {
            throw new IllegalArgumentException("keptFiles must be between 1 and " + MAX_KEPT_FILES + ", got " + keptFiles);
        }
    }

    public static FeedbackSettings defaults() {
        return new FeedbackSettings(DEFAULT_MAX_FILE_BYTES, DEFAULT_KEPT_FILES);
    }

    /** Reads {@code feedback.json} from the config folder, or the defaults when there is none. */
    public static FeedbackSettings load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.exists(file)) {
            return defaults();
        }
        Raw raw = JsonConfigReader.read(file, Raw.class);
        if (raw.maxFileBytes() < MIN_FILE_BYTES || raw.maxFileBytes() > MAX_FILE_BYTES) {
            throw new ConfigException(file, "maxFileBytes", "must be between " + MIN_FILE_BYTES + " and "
                    + MAX_FILE_BYTES + " bytes, got " + raw.maxFileBytes());
        }
        if (raw.keptFiles() < 1 || raw.keptFiles() > MAX_KEPT_FILES) {
            throw new ConfigException(file, "keptFiles", "must be between 1 and " + MAX_KEPT_FILES
                    + " files, got " + raw.keptFiles());
        }
        return new FeedbackSettings(raw.maxFileBytes(), raw.keptFiles());
    }

    /** The file as written, before its values are checked (so that the message can name the key). */
    record Raw(
            @JsonProperty(value = "maxFileBytes", required = true) long maxFileBytes,
            @JsonProperty(value = "keptFiles", required = true) int keptFiles) {
    }
}
