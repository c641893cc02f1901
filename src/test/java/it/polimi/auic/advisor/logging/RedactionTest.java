package it.polimi.auic.advisor.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String TOKEN = "987654321:AAHc-some_SECRET_part_that_is_long_enough";

    @Test
    void theLogEncoderMasksTheTokenInMessagesAndStackTraces() {
        Redactor.register(TOKEN);
        LoggerContext context = new LoggerContext();
        RedactingEncoder encoder = new RedactingEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n%ex");
        encoder.start();
        Exception failure = new IllegalStateException("calling https://api.telegram.org/bot" + TOKEN + "/getUpdates");
        LoggingEvent event = new LoggingEvent("x", context.getLogger("x"), Level.ERROR,
                "request to /bot{} failed", failure, new Object[] {TOKEN});
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertFalse(line.contains("SECRET"), line);
        assertTrue(line.contains("/bot" + Redactor.MASK), line);
        assertTrue(line.contains("IllegalStateException"), "the stack trace is still there");
    }

    @Test
    void anythingShapedLikeATelegramTokenIsMaskedEvenIfNeverRegistered() {
        String other = "5555555:" + "x".repeat(35);
        assertFalse(Redactor.redact("token " + other).contains(other));
        assertTrue(Redactor.redact("chat 123456: fine").contains("123456: fine"), "ordinary text is left alone");
    }
}
