package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackSettingsTest {

    @TempDir
    Path configDir;

    @Test
    void withoutTheFileTheLogKeepsFiveFilesOfOneMebibyte() {
        assertEquals(new FeedbackSettings(1_048_576, 5), FeedbackSettings.load(configDir));
    }

    @Test
    void theRepositorysOwnFileIsValid() {
        assertEquals(FeedbackSettings.defaults(), FeedbackSettings.load(Path.of("config")));
    }

    @Test
    void valuesInTheFileAreUsed() throws IOException {
        write("{\"maxFileBytes\": 65536, \"keptFiles\": 10}");

        assertEquals(new FeedbackSettings(65_536, 10), FeedbackSettings.load(configDir));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"maxFileBytes": 100, "keptFiles": 5}                     | maxFileBytes | 100
            {"maxFileBytes": 1048576, "keptFiles": 0}                 | keptFiles    | 0
            {"maxFileBytes": 1048576, "keptFiles": 1000}              | keptFiles    | 1000
            {"maxFileBytes": "big", "keptFiles": 5}                   | maxFileBytes | big
            {"maxFileBytes": 1048576, "keptFiles": 5, "extra": true}  | extra        | extra
            {"maxFileBytes": 1048576}                                 | keptFiles    | keptFiles
            """)
    void aBadValueIsRefusedNamingTheFileTheKeyAndTheValue(String json, String key, String value) throws IOException {
        write(json);

        ConfigException e = assertThrows(ConfigException.class, () -> FeedbackSettings.load(configDir));
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("feedback.json"), e.getMessage());
        assertTrue(e.getMessage().contains(value), e.getMessage());
    }

    private void write(String json) throws IOException {
        Files.writeString(configDir.resolve("feedback.json"), json);
    }
}
