package it.polimi.auic.advisor.config;

import java.nio.file.Path;

/**
 * A setting in {@code config/} that cannot be used, with the file, the key and the value at fault
 * so that staff can fix it without reading code.
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

    public ConfigException(Path file, String key, String problem) {
        this(file, -1, key, problem);
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
        if (key != null && !key.isEmpty()) {
            where.append(" key '").append(key).append('\'');
        }
        return where.append(": ").append(problem).toString();
    }
}
