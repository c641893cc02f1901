package it.polimi.auic.advisor.telegram.offset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link OffsetTracker.State} in the data folder, one file per bot, so that a restart neither answers an
 * update twice nor skips one. Each save replaces the file atomically: a crash leaves the old state or the new one.
 * The file says when an update last changed the state ({@code changedAt}), so that a state too old to trust is not
 * used ({@link OffsetTracker#TRUSTED_FOR}); a file written before that field existed is as old as its last write.
 */
public final class OffsetStore {

    private static final Logger log = LoggerFactory.getLogger(OffsetStore.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;

    /** @param botId the numeric part of the token (not secret): another bot never inherits this one's offset */
    public OffsetStore(Path dataDir, String botId) {
        this.file = dataDir.resolve("telegram-offset-" + botId + ".json");
    }

    Path file() {
        return file;
    }

    /** The saved state; empty when there is none. An unreadable file is set aside, not fatal: the bot keeps serving. */
    public OffsetTracker.State load() {
        if (!Files.exists(file)) {
            return OffsetTracker.State.EMPTY;
        }
        try {
            Saved saved = JSON.readValue(file.toFile(), Saved.class);
            Instant changedAt = saved.changedAt() != null ? Instant.parse(saved.changedAt())
                    : Files.getLastModifiedTime(file).toInstant();
            return new OffsetTracker.State(saved.lastHandledUpdateId(),
                    saved.handledAbove() == null ? List.of() : saved.handledAbove(), changedAt);
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            log.warn("{} cannot be read ({}); moved to {} and starting from Telegram's own offset", file,
                    e.getClass().getSimpleName(), aside.getFileName());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailure) {
                log.warn("{} could not be moved aside: {}", file, moveFailure.getMessage());
            }
            return OffsetTracker.State.EMPTY;
        }
    }

    void save(OffsetTracker.State state) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), new Saved(state.watermark(), state.doneAbove(), state.changedAt().toString()));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The file's shape; {@code changedAt} (ISO-8601, UTC) is missing from files of earlier versions. */
    record Saved(@JsonProperty("lastHandledUpdateId") long lastHandledUpdateId,
                 @JsonProperty("handledAbove") List<Long> handledAbove,
                 @JsonProperty("changedAt") String changedAt) {
    }
}
