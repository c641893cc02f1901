package it.polimi.auic.advisor.feedback;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the log in one folder: {@code feedback-000001.jsonl}, {@code feedback-000002.jsonl}, ...
 * The highest number is the one being written. Rotating creates the next number and deletes the lowest,
 * so no file is ever renamed and a crash during rotation can lose nothing but the files meant to go.
 */
final class LogFiles {

    /** The log's folder under the data folder. */
    static final String FOLDER = "feedback";

    private static final Pattern NAME = Pattern.compile("feedback-(\\d{6,18})\\.jsonl");

    private LogFiles() {
    }

    static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    static Path file(Path folder, long number) {
        return folder.resolve(String.format("feedback-%06d.jsonl", number));
    }

    /** The log's files, oldest first; empty when the folder does not exist. Other files are left alone. */
    static List<Path> list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                if (number(path) > 0 && Files.isRegularFile(path)) {
                    files.add(path);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        files.sort(Comparator.comparingLong(LogFiles::number));
        return files;
    }

    /** The file's number, or 0 when the name is not one of the log's. */
    static long number(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
