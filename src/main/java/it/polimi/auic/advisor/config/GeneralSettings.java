package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code config/advisor.json}: how the advisor runs, as opposed to what the regulations say.
 *
 * @param dataDir                 where the advisor keeps what must survive a restart (relative to the working directory)
 * @param admins                  Telegram user ids of the staff allowed to use admin commands and told about broken edits
 * @param conversationIdleMinutes how long a calculator conversation waits for the next answer before it is forgotten
 */
public record GeneralSettings(
        @JsonProperty(value = "dataDir", required = true) String dataDir,
        @JsonProperty(value = "admins", required = true) List<Long> admins,
        @JsonProperty(value = "conversationIdleMinutes", required = true) int conversationIdleMinutes) {

    static final String FILE = "advisor.json";

    public GeneralSettings {
        admins = List.copyOf(admins);
    }

    static GeneralSettings load(Path configDir) {
        Path file = configDir.resolve(FILE);
        GeneralSettings settings = JsonConfigReader.read(file, GeneralSettings.class);
        if (settings.dataDir().isBlank()) {
            throw new ConfigException(file, "dataDir", "must name a folder, got an empty value");
        }
        if (settings.conversationIdleMinutes() < 1 || settings.conversationIdleMinutes() > 24 * 60) {
            throw new ConfigException(file, "conversationIdleMinutes",
                    "must be between 1 and 1440 minutes, got " + settings.conversationIdleMinutes());
        }
        for (int i = 0; i < settings.admins().size(); i++) {
            Long id = settings.admins().get(i);
            if (id == null || id <= 0) {
                throw new ConfigException(file, "admins[" + i + "]", "must be a positive Telegram user id, got " + id);
            }
        }
        return settings;
    }

    public Path dataPath() {
        return Path.of(dataDir);
    }

    public Set<Long> adminIds() {
        return Set.copyOf(admins);
    }
}
