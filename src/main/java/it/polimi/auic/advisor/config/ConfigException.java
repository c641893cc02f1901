package it.polimi.auic.advisor.config;

import java.nio.file.Path;

/**
 * A setting in {@code config/} that cannot be used, with the file, the line, the key and the value at fault
 * so that staff can fix it without reading code. The message reads like a knowledge problem:
 * {@code config/advisor.json:4: 'conversationIdleMinutes' must be between 1 and 1440 minutes, got 0}; without a key
 * the problem is a sentence on its own ({@code config/calculators.json:6: a comma is missing ...}).
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String key;

    public ConfigException(Path file, int line, String key, String problem) {
        super(describe(file, line, key, problem));
        this.file = file;
        this.key = key;
    }

    /**
     * For a value found wrong after the file was read: the line is that of {@code key} in the file as it is now
     * (looked up again, since only the loaders know the value is wrong and the records keep no lines).
     */
    public ConfigException(Path file, String key, String problem) {
        this(file, JsonConfigReader.lineOf(file, key), key, problem);
    }

    public Path file() {
        return file;
    }

    public String key() {
        return key;
    }

    private static String describe(Path file, int line, String key, String problem) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(':').append(line);
        }
        where.append(": ");
        if (key != null && !key.isEmpty()) {
            where.append('\'').append(key).append("' ");
        }
        return where.append(problem).toString();
    }
}
