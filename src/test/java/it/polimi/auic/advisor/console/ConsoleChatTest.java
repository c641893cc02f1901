package it.polimi.auic.advisor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.chat.ChatRequest;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.reload.ReloadOutcome;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {

    private static final ConsoleChat.Reloads NO_RELOADS = new ConsoleChat.Reloads() {
        @Override
        public ReloadOutcome reload() {
            return new ReloadOutcome.NothingHeld();
        }

        @Override
        public ReloadOutcome confirm() {
            return new ReloadOutcome.NothingHeld();
        }
    };

    @Test
    void typingAButtonsLetterPressesItWhileNumbersAreAnswers() throws Exception {
        List<String> received = new ArrayList<>();
        ConsoleChat console = new ConsoleChat(request -> {
            received.add(request.text());
            return ChatReply.builder().text("pick one").buttons(new Button("Yes", "yes"), new Button("No", "no")).build();
        }, NO_RELOADS, Language.EN, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        console.run(new BufferedReader(new StringReader("b\n2\nz\nhello\n/quit\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertEquals(List.of("/start", "no", "2", "z", "hello"), received);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[a] Yes  [b] No"));
    }

    @Test
    void quotesAndCitationsAreSetApart() {
        String shown = ConsoleRenderer.render(ChatReply.builder().quote("line one\nline two").source("Source: 5.4.1")
                .build());

        assertTrue(shown.contains("  \u2502 line one\n  \u2502 line two"), shown);
        assertTrue(shown.contains("  \u2014 Source: 5.4.1"), shown);
    }

    @Test
    void endOfInputEndsTheChat() throws Exception {
        List<ChatRequest> received = new ArrayList<>();
        new ConsoleChat(r -> {
            received.add(r);
            return ChatReply.text("ok");
        }, NO_RELOADS, Language.IT, false).run(new BufferedReader(new StringReader("")), new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8));

        assertEquals(1, received.size());
        assertEquals(Language.IT, received.get(0).language());
    }

    @Test
    void aPressedLetterIsSentAsAButtonPressAndTypedWordsAsTyped() throws Exception {
        List<ChatRequest> received = new ArrayList<>();
        new ConsoleChat(r -> {
            received.add(r);
            return ChatReply.builder().text("pick one").buttons(new Button("Sì", "yes")).build();
        }, NO_RELOADS, Language.EN, false).run(new BufferedReader(new StringReader("a\nsi\n")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(List.of(false, true, false), received.stream().map(ChatRequest::pressed).toList());
    }

    @Test
    void consoleItFixesItalianBeforeTheWelcome() throws Exception {
        List<String> received = new ArrayList<>();
        new ConsoleChat(r -> {
            received.add(r.text());
            return ChatReply.text("ok");
        }, NO_RELOADS, Language.IT, true).run(new BufferedReader(new StringReader("")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(List.of("/lang it", "/start"), received);
    }
}
