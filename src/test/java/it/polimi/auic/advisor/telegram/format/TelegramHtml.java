package it.polimi.auic.advisor.telegram.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Telegram's rules for HTML parse mode, strictly: only the supported tags, properly nested; every {@code <},
 * {@code >} and {@code &} that is not markup escaped as an entity. Returns what is wrong, like the Bot API's
 * "can't parse entities" description, or nothing.
 */
public final class TelegramHtml {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

    private TelegramHtml() {
    }

    public static Optional<String> problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    return Optional.of("Unclosed start tag at byte offset " + i);
                }
                String tag = html.substring(i + 1, end).strip();
                if (tag.startsWith("/")) {
                    String name = tag.substring(1).strip().toLowerCase(Locale.ROOT);
                    if (open.isEmpty() || !open.pop().equals(name)) {
                        return Optional.of("Unmatched end tag at byte offset " + i + ", expected a different tag");
                    }
                } else {
                    String name = tag.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
                    if (!TAGS.contains(name)) {
                        return Optional.of("Unsupported start tag \"" + name + "\" at byte offset " + i);
                    }
                    open.push(name);
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String entity = end < 0 ? "" : html.substring(i + 1, end);
                if (!entity.matches("lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6}")) {
                    return Optional.of("Character entity expected at byte offset " + i);
                }
                i = end + 1;
            } else if (c == '>') {
                return Optional.of("Unexpected end tag character at byte offset " + i);
            } else {
                i++;
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of("Can't find end tag corresponding to start tag " + open.peek());
    }
}
