package it.polimi.auic.advisor.telegram.receive;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who the bot is on Telegram, from getMe: needed to tell, in a group, which messages are addressed to it.
 * When getMe is not available the username is unknown, and any @mention of a bot (Telegram bot usernames always
 * end in "bot") is taken to be this one.
 */
public record BotIdentity(long id, String username) {

    public static final BotIdentity UNKNOWN = new BotIdentity(0, null);

    private static final Pattern ANY_BOT_MENTION = Pattern.compile("(?i)@[a-z0-9_]{2,}bot\\b");

    public boolean knowsUsername() {
        return username != null && !username.isBlank();
    }

    /** A pattern matching this bot's @mention, case-insensitively. */
    Pattern mention() {
        if (!knowsUsername()) {
            return ANY_BOT_MENTION;
        }
        return Pattern.compile("(?i)@" + Pattern.quote(username.toLowerCase(Locale.ROOT)) + "\\b");
    }

    /** Whether a command's "@target" suffix (without the @) names this bot. */
    boolean isAddressedAs(String target) {
        if (!knowsUsername()) {
            return target.toLowerCase(Locale.ROOT).endsWith("bot");
        }
        return target.equalsIgnoreCase(username);
    }
}
