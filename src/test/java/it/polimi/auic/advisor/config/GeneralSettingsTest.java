package it.polimi.auic.advisor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code advisor.json}: the hand-over keys are optional, and checked like the others when present. */
class GeneralSettingsTest {

    private static final String REQUIRED = "\"dataDir\": \"data\", \"admins\": [7], \"conversationIdleMinutes\": 30";

    @TempDir
    Path dir;

    @Test
    void theShippedSettingsHaveNoStaffChatAndKeepLinksForTwoWeeks() {
        GeneralSettings settings = GeneralSettings.load(Path.of("config"));
        assertEquals(OptionalLong.empty(), settings.staffChatId());
        assertEquals(Duration.ofDays(14), settings.handoverKept());
    }

    @Test
    void withoutTheHandoverKeysThereIsNoStaffChatAndTheDefaultDays() throws IOException {
        GeneralSettings settings = load("{" + REQUIRED + "}");
        assertEquals(OptionalLong.empty(), settings.staffChatId());
        assertEquals(14, settings.handoverDays());
        assertEquals(14, load("{" + REQUIRED + ", \"handoverDays\": null}").handoverDays(), "null: the default");
    }

    @Test
    void aStaffGroupAndItsDaysAreRead() throws IOException {
        GeneralSettings settings = load("{" + REQUIRED + ", \"staffChat\": -1001234567890, \"handoverDays\": 30}");
        assertEquals(OptionalLong.of(-1001234567890L), settings.staffChatId());
        assertEquals(Duration.ofDays(30), settings.handoverKept());
        assertEquals(OptionalLong.empty(), load("{" + REQUIRED + ", \"staffChat\": null}").staffChatId(),
                "null: no hand-over");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"staffChat\": 0                    | staffChat    | got 0",
        "\"staffChat\": \"the staff group\"  | staffChat    | ",
        "\"staffChat\": 12.5                 | staffChat    | ",
        "\"handoverDays\": 0                 | handoverDays | got 0",
        "\"handoverDays\": 91                | handoverDays | got 91",
        "\"handoverDays\": 1.5               | handoverDays | ",
        "\"handoverDays\": 14, \"handoverDays\": 15 | handoverDays | ",
        "\"handoverdays\": 14                | handoverdays | ",
    })
    void aBadValueNamesTheFileTheKeyAndTheValue(String entry, String key, String value) throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> load("{" + REQUIRED + ", " + entry + "}"));
        assertTrue(e.getMessage().contains("advisor.json") && e.getMessage().contains(key), e.getMessage());
        PlainWords.assertPlain(e.getMessage());
        if (value != null) {
            assertTrue(e.getMessage().contains(value), e.getMessage());
        }
    }

    @Test
    void theRequiredKeysStayRequired() throws IOException {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("{\"admins\": [], \"conversationIdleMinutes\": 30}"));
        assertTrue(e.getMessage().contains("dataDir"), e.getMessage());
    }

    private GeneralSettings load(String json) throws IOException {
        Files.writeString(dir.resolve("advisor.json"), json);
        return GeneralSettings.load(dir);
    }
}
