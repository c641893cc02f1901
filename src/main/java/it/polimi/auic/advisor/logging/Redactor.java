package it.polimi.auic.advisor.logging;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Removes the bot token from any text bound for a log or a message. The Telegram libraries put the token in every
 * request URL, so anything they report may carry it; whatever is registered here, and anything shaped like a
 * Telegram token, comes out as {@code <redacted>}.
 */
public final class Redactor {

    public static final String MASK = "<redacted>";

    /** Telegram tokens are the bot's numeric id, a colon and a 35-character secret. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{5,}:[A-Za-z0-9_-]{30,}");

    private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();

    private Redactor() {
    }

    /** Registers a secret; it and its URL-encoded form are masked from now on. */
    public static void register(String secret) {
        if (secret != null && !secret.isBlank()) {
            SECRETS.add(secret);
            SECRETS.add(secret.replace(":", "%3A"));
        }
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : SECRETS) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return TOKEN_SHAPE.matcher(result).replaceAll(MASK);
    }

    /**
     * An exception for the log without its message: messages of errors met while handling a student's update
     * can quote the update (names, user ids, what was typed), none of which may reach a log file. The class and
     * where it was thrown are enough to find the bug.
     */
    public static String describe(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return e.getClass().getName() + (frames.length == 0 ? "" : " at " + frames[0]);
    }
}
