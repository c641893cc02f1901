package it.polimi.auic.advisor.console;

import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.chat.ChatRequest;
import it.polimi.auic.advisor.language.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * A chat with the advisor on the terminal, through the same chat core as the Telegram bot. Buttons are
 * lettered: typing the letter presses the button.
 */
final class ConsoleChat {

    static final String CHAT_ID = "console";
    private static final Set<String> QUIT = Set.of("/quit", "/exit", "quit", "exit");

    private final ChatHandler chat;
    private final Language language;
    private final boolean forced;

    /**
     * @param language the terminal's language, for replies to messages whose words do not tell theirs
     * @param forced   whether every reply is in {@code language} (console --it, --en), as after /lang
     */
    ConsoleChat(ChatHandler chat, Language language, boolean forced) {
        this.chat = chat;
        this.language = language;
        this.forced = forced;
    }

    void run(BufferedReader in, PrintStream out) throws IOException {
        if (forced) {
            chat.handle(new ChatRequest(CHAT_ID, null, "/lang " + language.name().toLowerCase(java.util.Locale.ROOT),
                    language));
        }
        List<Button> buttons = show(out, chat.handle(new ChatRequest(CHAT_ID, null, "/start", language)));
        out.println(language.pick("(type /quit to leave)", "(scrivi /quit per uscire)"));
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || QUIT.contains(line.strip().toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
            String text = pressedButton(line.strip(), buttons);
            boolean pressed = !text.equals(line.strip());
            buttons = show(out, chat.handle(new ChatRequest(CHAT_ID, null, text, language, pressed)));
        }
    }

    private static List<Button> show(PrintStream out, ChatReply reply) {
        out.println();
        out.print(ConsoleRenderer.render(reply));
        out.println();
        return reply.hasMessage() ? ConsoleRenderer.buttons(reply) : List.of();
    }

    /** A button's letter typed after a reply with buttons presses that button; anything else is sent as typed. */
    static String pressedButton(String line, List<Button> buttons) {
        if (line.length() == 1) {
            int index = Character.toLowerCase(line.charAt(0)) - 'a';
            if (index >= 0 && index < buttons.size()) {
                return buttons.get(index).action();
            }
        }
        return line;
    }
}
