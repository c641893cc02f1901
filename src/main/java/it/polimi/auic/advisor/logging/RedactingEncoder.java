package it.polimi.auic.advisor.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The log encoder, with the bot token masked from every line: messages, arguments and stack traces alike, including
 * those written by the Telegram and HTTP libraries. Installed by {@code LogSetup}.
 */
public final class RedactingEncoder extends PatternLayoutEncoder {

    @Override
    public byte[] encode(ILoggingEvent event) {
        Charset charset = getCharset() == null ? StandardCharsets.UTF_8 : getCharset();
        return Redactor.redact(getLayout().doLayout(event)).getBytes(charset);
    }
}
