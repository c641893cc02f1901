package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.polimi.auic.advisor.chat.ChatRequest;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.telegram.receive.FloodGuard;
import it.polimi.auic.advisor.telegram.receive.LatencyProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real telegrambots client against the fake Bot API server: what a student sees in one conversation. */
class TelegramBotConversationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long CHAT = 4242;

    @TempDir
    Path dataDir;

    private FakeBotApiServer server;
    private BotHarness harness;
    private final ScriptedCore core = new ScriptedCore();

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeBotApiServer(BotHarness.SPEED_UP);
        harness = new BotHarness(server, dataDir);
    }

    @AfterEach
    void stopAll() {
        harness.close();
        server.close();
    }

    @Test
    void registersLikeATelegramBot() throws Exception {
        harness.start(core);
        assertTrue(server.awaitPolls(1, WAIT));
        assertFalse(server.calls("deleteWebhook").isEmpty(), "deleteWebhook before polling");
        List<FakeBotApiServer.Call> menus = server.calls("setMyCommands");
        assertEquals(2, menus.size(), "one menu in English, one in Italian");
        assertNull(menus.get(0).params().get("language_code"));
        assertEquals("it", menus.get(1).params().path("language_code").asText());
        assertEquals(List.of("start", "help", "about", "admission", "merit", "alliance", "studio", "g", "cancel", "why"),
                commandNames(menus.get(1).params()));
        assertTrue(menus.get(1).params().toString().contains("Ho diritto all'ammissione automatica?"));
    }

    @Test
    void fullConversationWithACalculatorFlowOnButtons() throws Exception {
        harness.start(core);
        server.pushText(CHAT, 7, "/start", "it-IT");
        assertTrue(server.awaitSent(1, WAIT));
        server.pushButton(CHAT, 7, "calc:admission", "it");
        assertTrue(server.awaitSent(2, WAIT));
        server.pushButton(CHAT, 7, "calc:admission:yes", "it");
        assertTrue(server.awaitSent(3, WAIT));
        server.pushText(CHAT, 7, "How many <workshop> credits & seminars?", "en");
        assertTrue(server.awaitSent(4, WAIT));
        server.pushButton(CHAT, 7, "feedback:up", "en");
        assertTrue(server.awaitCalls("answerCallbackQuery", 3, WAIT));

        List<FakeBotApiServer.Sent> sent = server.sentTo(CHAT);
        assertEquals(4, sent.size(), "a press answered with a notice only sends no message");
        sent.forEach(s -> assertTrue(s.isHtml(), s.text()));
        assertEquals("Ciao! Rispondo a domande sulle regole AUIC &lt;LM&gt; &amp; altro.", sent.get(0).text());
        assertEquals("calc:admission", sent.get(0).replyMarkup().path("inline_keyboard").get(0).get(0).path("callback_data").asText());
        assertEquals("Ammissione automatica", sent.get(0).replyMarkup().path("inline_keyboard").get(0).get(0).path("text").asText());
        assertEquals(2, sent.get(1).replyMarkup().path("inline_keyboard").get(0).size());
        assertEquals("<b>Outcome: AUTOMATIC</b>\n\n<i>\u201CN &gt;= 104 &amp; V &gt;= 27 &lt;by the check date&gt;\u201D</i>"
                + "\n\n\uD83D\uDCD6 <i>Programme rules, 1.3.1 Automatic admission</i>", sent.get(2).text());
        assertTrue(sent.get(3).text().startsWith("You asked: How many &lt;workshop&gt; credits &amp; seminars?"));

        List<FakeBotApiServer.Call> answers = server.calls("answerCallbackQuery");
        assertEquals(List.of("", "Noted", "Thanks for your feedback"),
                answers.stream().map(a -> a.params().path("text").asText("")).toList());
        assertTrue(server.calls("sendMessage").stream().allMatch(c -> c.status() == 200), "nothing refused");

        ChatRequest first = core.requests.get(0);
        assertEquals(Long.toString(CHAT), first.chatId());
        assertEquals("7", first.userId());
        assertEquals(Language.IT, first.language());
        assertEquals(List.of("/start", "calc:admission", "calc:admission:yes", "How many <workshop> credits & seminars?", "feedback:up"),
                core.requests.stream().map(ChatRequest::text).toList());
    }

    @Test
    void aCoreThatThrowsGetsAnApologyAndTheBotKeepsServing() throws Exception {
        harness.start(core);
        server.pushText(CHAT, 7, "boom", "en");
        server.pushText(CHAT, 7, "still there?", "en");
        assertTrue(server.awaitSent(2, WAIT));
        List<FakeBotApiServer.Sent> sent = server.sentTo(CHAT);
        assertTrue(sent.get(0).text().startsWith("Sorry, something went wrong"), sent.get(0).text());
        assertTrue(sent.get(1).text().startsWith("You asked: still there?"));
    }

    @Test
    void aPhotoGetsToldThatOnlyTextIsRead() throws Exception {
        harness.start(core);
        server.pushPhoto(CHAT, 7);
        assertTrue(server.awaitSent(1, WAIT));
        assertTrue(server.sentTo(CHAT).get(0).text().startsWith("I can only read text"));
        assertTrue(core.requests.isEmpty());
    }

    @Test
    void inGroupsOnlyCommandsMentionsAndRepliesAreAnswered() throws Exception {
        long group = -100777;
        harness.start(core);
        server.pushGroupText(group, 7, "hello everyone");
        server.pushGroupText(group, 7, "/help@some_other_bot");
        server.pushGroupText(group, 7, "@AUIC_test_bot what is the G parameter?");
        server.pushGroupText(group, 7, "/start@auic_test_bot admission");
        assertTrue(server.awaitSent(2, WAIT));
        assertEquals(List.of("what is the G parameter?", "/start admission"),
                core.requests.stream().map(ChatRequest::text).toList());
        assertTrue(server.sentTo(group).get(0).text().startsWith("You asked: what is the G parameter?"));
    }

    @Test
    void refusedHtmlIsSentAgainAsPlainTextNeverDropped() throws Exception {
        server.refuseHtml(text -> text.contains("plain please"));
        harness.start(core);
        server.pushText(CHAT, 7, "plain please", "en");
        assertTrue(server.awaitSent(1, WAIT));
        FakeBotApiServer.Sent sent = server.sentTo(CHAT).get(0);
        assertNull(sent.parseMode());
        assertTrue(sent.text().contains("\u201CWorkshops <W> & seminars are recognised up to 6 ECTS\u201D"), sent.text());
        assertEquals(1, server.calls("sendMessage").stream().filter(c -> c.status() == 400).count());
        assertEquals("feedback:up", sent.replyMarkup().path("inline_keyboard").get(0).get(0).path("callback_data").asText());
    }

    @Test
    void adminNoticesGoPrivatelyToEachAdmin() throws Exception {
        TelegramBot bot = harness.start(core);
        bot.notifyAdmins(java.util.Set.of(BotHarness.ADMIN), "knowledge/rules.md: section <7.2> cites a missing id & more");
        assertTrue(server.awaitSent(1, WAIT));
        FakeBotApiServer.Sent sent = server.sentTo(BotHarness.ADMIN).get(0);
        assertEquals("knowledge/rules.md: section &lt;7.2&gt; cites a missing id &amp; more", sent.text());
    }

    @Test
    void aUserFloodingTheBotIsToldOnceToSlowDownWhileOthersAreServed() throws Exception {
        BotSettings base = BotHarness.fastSettings(server, dataDir);
        BotSettings strict = new BotSettings(base.token(), base.apiUrl(), base.dataDir(), base.pacing(),
                base.retry(), new FloodGuard.Limits(3, Duration.ofSeconds(10), Duration.ofSeconds(30)), base.typingAfter(),
                base.longPollSeconds(), base.pollInterval(), base.drain(), base.workers());
        harness.start(core, LatencyProbe.NONE, strict);
        for (int i = 1; i <= 10; i++) {
            server.pushText(CHAT, 7, "spam " + i, "en");
        }
        server.pushText(77, 77, "a real question", "en");
        assertTrue(server.awaitSent(5, WAIT));
        assertTrue(server.awaitPolls(server.pollsStarted() + 3, WAIT), "the rest were taken (and dropped)");
        List<String> toFlooder = server.sentTo(CHAT).stream().map(FakeBotApiServer.Sent::text).toList();
        assertEquals(4, toFlooder.size(), toFlooder.toString());
        assertTrue(toFlooder.get(3).startsWith("You are sending messages faster"), toFlooder.get(3));
        assertEquals(1, server.sentTo(77).size(), "others are not affected");
    }

    private static List<String> commandNames(JsonNode params) {
        return java.util.stream.StreamSupport.stream(params.path("commands").spliterator(), false)
                .map(c -> c.path("command").asText()).toList();
    }
}
