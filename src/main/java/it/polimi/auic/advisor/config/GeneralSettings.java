package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code config/advisor.json}: how the advisor runs, as opposed to what the regulations say.
 *
 * @param dataDir                 where the advisor keeps what must survive a restart (relative to the working directory)
 * @param admins                  Telegram user ids of the staff allowed to use admin commands and told about broken edits
 * @param conversationIdleMinutes how long a calculator conversation waits for the next answer before it is forgotten
 * @param staffChat               optional: the Telegram chat (usually a group, with a negative id) where students'
 *                                questions are handed to the School's staff; {@code null} when there is none, and
 *                                the "Ask the School's staff" button is then not offered
 * @param handoverDays            optional (default {@value #DEFAULT_HANDOVER_DAYS}): how long the link from a question
 *                                posted in the staff chat back to the student's chat is kept while no reply came
 */
public record GeneralSettings(
        @JsonProperty(value = "dataDir", required = true) String dataDir,
        @JsonProperty(value = "admins", required = true) List<Long> admins,
        @JsonProperty(value = "conversationIdleMinutes", required = true) int conversationIdleMinutes,
        @JsonProperty(value = "staffChat", required = false) Long staffChat,
        @JsonProperty(value = "handoverDays", required = false) Integer handoverDays) {

    static final String FILE = "advisor.json";
    static final int DEFAULT_HANDOVER_DAYS = 14;
    /** Long enough for a summer break, short enough that a forgotten question does not keep a student's chat for ever. */
    static final int MAX_HANDOVER_DAYS = 90;

    public GeneralSettings {
        admins = List.copyOf(admins);
        handoverDays = handoverDays == null ? DEFAULT_HANDOVER_DAYS : handoverDays;
    }

    static GeneralSettings load(Path configDir) {
        Path file = configDir.resolve(FILE);
        GeneralSettings settings = JsonConfigReader.read(file, GeneralSettings.class);
        if (settings.dataDir() == null || settings.dataDir().isBlank()) {
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
        if (settings.staffChat() != null && settings.staffChat() == 0) {
            throw new ConfigException(file, "staffChat", "must be a Telegram chat id (a group's is negative, such as "
                    + "-1001234567890) or null for no hand-over to the staff, got 0");
        }
        if (settings.handoverDays() < 1 || settings.handoverDays() > MAX_HANDOVER_DAYS) {
            throw new ConfigException(file, "handoverDays",
                    "must be between 1 and " + MAX_HANDOVER_DAYS + " days, got " + settings.handoverDays());
        }
        return settings;
    }

    public Path dataPath() {
        return Path.of(dataDir);
    }

    public Set<Long> adminIds() {
        return Set.copyOf(admins);
    }

    /** The staff chat's id, when questions can be handed to the staff. */
    public OptionalLong staffChatId() {
        return staffChat == null ? OptionalLong.empty() : OptionalLong.of(staffChat);
    }

    /** How long a question's link back to the student's chat is kept. */
    public Duration handoverKept() {
        return Duration.ofDays(handoverDays);
    }
}
