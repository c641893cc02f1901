package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.command.Invocation;
import it.polimi.auic.advisor.command.UsageException;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramCommandTest {

    @Test
    void withoutATokenItRefusesToStartNamingTheVariable() {
        UsageException e = assertThrows(UsageException.class, () -> run(Map.of()));
        assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertThrows(UsageException.class, () -> run(Map.of("TELEGRAM_BOT_TOKEN", "   ")));
    }

    @Test
    void aTokenThatCannotBeOneIsRefusedWithoutEchoingIt() {
        UsageException e = assertThrows(UsageException.class, () -> run(Map.of("TELEGRAM_BOT_TOKEN", "12 34/secret")));
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void aBadApiUrlNamesTheVariableAndNeverTheToken() {
        String token = "4242424:abcdefghijklmnopqrstuvwxyz0123456789";
        UsageException e = assertThrows(UsageException.class, () -> run(Map.of("TELEGRAM_BOT_TOKEN", token,
                "TELEGRAM_API_URL", "http://127.0.0.1:8081/bot" + token)));
        assertTrue(e.getMessage().contains("TELEGRAM_API_URL"), e.getMessage());
        assertFalse(e.getMessage().contains(token), e.getMessage());
        assertThrows(UsageException.class, () -> run(Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", "not a url")));
    }

    @Test
    void aPacingSpeedUpThatIsNotANumberInRangeIsRefusedNamingTheProperty() {
        String token = "4242424:abcdefghijklmnopqrstuvwxyz0123456789";
        for (String bad : List.of("fast", "0", "1000")) {
            System.setProperty(TelegramCommand.PACING_SPEED_UP, bad);
            try {
                UsageException e = assertThrows(UsageException.class, () -> run(Map.of("TELEGRAM_BOT_TOKEN", token)));
                assertTrue(e.getMessage().contains(TelegramCommand.PACING_SPEED_UP) && e.getMessage().contains(bad),
                        e.getMessage());
            } finally {
                System.clearProperty(TelegramCommand.PACING_SPEED_UP);
            }
        }
    }

    @Test
    void theApiUrlPicksSchemeHostAndPort() {
        TelegramUrl local = ApiUrl.parse("http://127.0.0.1:8081");
        assertEquals(List.of("http", "127.0.0.1", 8081), List.of(local.getSchema(), local.getHost(), local.getPort()));
        assertEquals("https://api.telegram.org:443", ApiUrl.describe(ApiUrl.parse(null)));
        assertEquals(8081, ApiUrl.parse("http://localhost:8081/").getPort());
    }

    private static int run(Map<String, String> env) throws Exception {
        PrintStream nowhere = new PrintStream(PrintStream.nullOutputStream());
        return new TelegramCommand().run(new Invocation(Path.of("knowledge"), Path.of("config"),
                new BufferedReader(new StringReader("")), nowhere, nowhere, env));
    }
}
