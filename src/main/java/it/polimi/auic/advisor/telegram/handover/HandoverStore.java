package it.polimi.auic.advisor.telegram.handover;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-over links on disk: one small JSON file per record, {@code <dataDir>/handover/<key>.json}, so that a
 * link survives a restart and deleting it leaves nothing behind (no other file ever held it). Each write goes to a
 * temporary file first and is then moved into place, so a crash leaves the old record or the new one, never half.
 */
final class HandoverStore {

    private static final Logger log = LoggerFactory.getLogger(HandoverStore.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String SUFFIX = ".json";
    private static final String TEMP_SUFFIX = ".tmp";
    /** Keys are made here (random, hexadecimal); anything else in a file name is not ours to touch. */
    static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path dir;

    HandoverStore(Path dataDir) {
        this.dir = dataDir.resolve("handover");
    }

    Path dir() {
        return dir;
    }

    void write(HandoverRecord record) {
        Path file = file(record.key());
        Path temp = dir.resolve(record.key() + TEMP_SUFFIX);
        try {
            Files.createDirectories(dir);
            JSON.writeValue(temp.toFile(), record);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write the hand-over record " + file, e);
        }
    }

    void delete(String key) {
        Path file = file(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the hand-over record " + file, e);
        }
    }

    /**
     * Every record on disk. Leftovers of a crash mid-write (temporary files) and records that cannot be read are
     * deleted: they can never be relayed, and they may name a student's chat.
     */
    List<HandoverRecord> loadAll() {
        List<HandoverRecord> records = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return records;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (isOurs(name, TEMP_SUFFIX)) {
                    deleteQuietly(file);
                } else if (isOurs(name, SUFFIX)) {
                    read(file, name).ifPresent(records::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the hand-over records in " + dir, e);
        }
        return records;
    }

    private Optional<HandoverRecord> read(Path file, String name) {
        try {
            HandoverRecord record = JSON.readValue(file.toFile(), HandoverRecord.class);
            if (record.key().equals(name.substring(0, name.length() - SUFFIX.length()))) {
                return Optional.of(record);
            }
        } catch (IOException | RuntimeException e) {
            // reported below; the message is not logged, since it may quote the record
        }
        log.warn("hand-over record {} cannot be read: deleted", file);
        deleteQuietly(file);
        return Optional.empty();
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a hand-over record key: " + key);
        }
        return dir.resolve(key + SUFFIX);
    }

    private static boolean isOurs(String name, String suffix) {
        return name.endsWith(suffix) && KEY.matcher(name.substring(0, name.length() - suffix.length())).matches();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("{} could not be deleted: {}", file, e.getMessage());
        }
    }
}
