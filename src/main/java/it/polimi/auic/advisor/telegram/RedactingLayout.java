package it.polimi.auic.advisor.telegram;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log layout, with the bot token masked from every line: messages, arguments and stack traces alike, including
 * those written by the Telegram and HTTP libraries. Named in {@code logback.xml}.
 */
public final class RedactingLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return Redactor.redact(super.doLayout(event));
    }
}
