package it.polimi.auic.advisor.chat;

import java.util.Locale;
import java.util.Optional;

/**
 * A message of the form {@code /name argument}, as Telegram and the console deliver commands.
 *
 * @param name     lower-cased, without the slash ("start")
 * @param argument the rest of the message, stripped; empty when none ("admission" in "/start admission")
 */
record ChatCommand(String name, String argument) {

    static Optional<ChatCommand> parse(String text) {
        if (!text.startsWith("/") || text.length() < 2) {
            return Optional.empty();
        }
        int space = text.indexOf(' ');
        String name = space < 0 ? text.substring(1) : text.substring(1, space);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        return Optional.of(new ChatCommand(name.toLowerCase(Locale.ROOT), argument));
    }
}
