package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.telegram.send.PacingRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theBotIdIsTheTokensPublicPart() {
        BotSettings settings = BotSettings.of("123456:secret-part", ApiUrl.parse(null), dir, PacingRules.TELEGRAM);
        assertEquals("123456", settings.botId());
        assertEquals("bot", BotSettings.of("not-a-telegram-token", ApiUrl.parse(null), dir, PacingRules.TELEGRAM).botId());
        assertTrue(!settings.toString().contains("secret-part"), "settings never print the token");
    }
}
