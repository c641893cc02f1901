package it.polimi.auic.advisor.console;

import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.chat.ChatRequest;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.reload.ReloadOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A chat with the advisor on the terminal, through the same chat core as the Telegram bot. Buttons are
 * lettered: typing the letter presses the button. Whoever runs the console has the staff's folders, so
 * each reload after an edit is shown as one line, an edit held back is applied when they answer y, and
 * {@code /reload} and {@code /reload confirm} work here without being an admin.
 */
final class ConsoleChat {

    static final String CHAT_ID = "console";
    private static final Set<String> QUIT = Set.of("/quit", "/exit", "quit", "exit");
    private static final Set<String> YES = Set.of("y", "yes");
    private static final Set<String> NO = Set.of("n", "no");

    /** Reloading the folders, for the person at the terminal. */
    interface Reloads {

        ReloadOutcome reload();

        ReloadOutcome confirm();
    }

    private final ChatHandler chat;
    private final Reloads reloads;
    private final Language language;
    private final boolean forced;
    private final Object output = new Object();
    private volatile PrintStream out;
    private volatile boolean askedToConfirm;

    /**
     * @param language the terminal's language, for replies to messages whose words do not tell theirs
     * @param forced   whether every reply is in {@code language} (console --it, --en), as after /lang
     */
    ConsoleChat(ChatHandler chat, Reloads reloads, Language language, boolean forced) {
        this.chat = chat;
        this.reloads = reloads;
        this.language = language;
        this.forced = forced;
    }

    void run(BufferedReader in, PrintStream out) throws IOException {
        this.out = out;
        if (forced) {
            chat.handle(new ChatRequest(CHAT_ID, null, "/lang " + language.name().toLowerCase(Locale.ROOT),
                    language));
        }
        List<Button> buttons = show(chat.handle(new ChatRequest(CHAT_ID, null, "/start", language)));
        print(language.pick("(type /quit to leave)", "(scrivi /quit per uscire)") + "\n");
        while (true) {
            print("> ");
            String line = in.readLine();
            if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                return;
            }
            String typed = line.strip().toLowerCase(Locale.ROOT);
            if (askedToConfirm && (YES.contains(typed) || NO.contains(typed))) {
                askedToConfirm = false;
                print((YES.contains(typed) ? reloads.confirm().summaryLine()
                        : "Still serving the previous version; the edit stays held back until you type /reload confirm"
                        + " or put the files back.") + "\n");
                continue;
            }
            if (typed.equals("/reload") || typed.equals("/reload confirm")) {
                reloaded(typed.endsWith("confirm") ? reloads.confirm() : reloads.reload(), false);
                continue;
            }
            String text = pressedButton(line.strip(), buttons);
            boolean pressed = !text.equals(line.strip());
            buttons = show(chat.handle(new ChatRequest(CHAT_ID, null, text, language, pressed)));
        }
    }

    /** Shows the outcome of a reload after an edit, as one line between the messages; may come at any time. */
    void reloaded(ReloadOutcome outcome) {
        reloaded(outcome, true);
    }

    private void reloaded(ReloadOutcome outcome, boolean meanwhile) {
        boolean held = outcome instanceof ReloadOutcome.Held;
        askedToConfirm = held;
        print((meanwhile ? "\n" : "") + outcome.summaryLine() + (held ? " Apply it? (y/n)" : "") + "\n"
                + (meanwhile ? "> " : ""));
    }

    private List<Button> show(ChatReply reply) {
        print("\n" + ConsoleRenderer.render(reply) + "\n");
        return reply.hasMessage() ? ConsoleRenderer.buttons(reply) : List.of();
    }

    /** Prints whole, so a reload's line never lands inside a reply. */
    private void print(String text) {
        PrintStream stream = out;
        if (stream == null) {
            return;
        }
        synchronized (output) {
            stream.print(text);
            stream.flush();
        }
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
