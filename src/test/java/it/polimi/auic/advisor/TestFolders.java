package it.polimi.auic.advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the repository's knowledge/ and config/ that a test may edit. */
public final class TestFolders {

    private TestFolders() {
    }

    /** Copies knowledge/ and config/ under {@code root}, with the data folder inside {@code root} too. */
    public static void copyRepository(Path root) {
        copy(Path.of("knowledge"), root.resolve("knowledge"));
        copy(Path.of("config"), root.resolve("config"));
        replace(root.resolve("config/advisor.json"), "\"dataDir\": \"data\"",
                "\"dataDir\": \"" + root.resolve("data").toString().replace("\\", "\\\\") + "\"");
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code before} by {@code after} in a file; fails when {@code before} is not there. */
    public static void replace(Path file, String before, String after) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(before)) {
                throw new IllegalStateException(file + " does not contain " + before);
            }
            Files.writeString(file, text.replace(before, after), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
