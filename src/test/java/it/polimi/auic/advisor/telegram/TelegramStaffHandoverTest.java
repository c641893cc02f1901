package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.polimi.auic.advisor.TestFolders;
import it.polimi.auic.advisor.app.Advisor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Ask the School's staff" end to end: the whole advisor behind the real telegrambots client and the fake Bot API
 * server, with a staff group configured. A student's refused question goes, on their yes, to the staff group as
 * its text alone; the staff answer by replying to it, and every reply reaches the student, across a restart too.
 * The link back to the student is the only thing kept of them, and only until the first reply or handoverDays.
 */
class TelegramStaffHandoverTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final long STAFF_GROUP = -1005550001L;
    private static final long STAFF_MEMBER = 31337;
    /** A student whose ids are long enough to be found in any file they might leak into. */
    private static final long STUDENT = 7700110;
    private static final long OTHER_STUDENT = 8800220;
    private static final String QUESTION = "Where can I buy a cheap bike in Milan?";
    private static final Instant MONDAY = Instant.parse("2026-10-05T09:00:00Z");

    @TempDir
    Path root;

    private final MovableClock clock = new MovableClock(MONDAY);
    private FakeBotApiServer server;
    private BotHarness harness;
    private Advisor advisor;

    @BeforeEach
    void setUp() throws Exception {
        TestFolders.copyRepository(root);
        server = new FakeBotApiServer(BotHarness.SPEED_UP);
        server.useClock(clock);
        harness = new BotHarness(server, root.resolve("data"));
    }

    @AfterEach
    void tearDown() {
        stopBot();
        server.close();
    }

    @Test
    void aRefusedQuestionGoesToTheStaffAsTextOnlyAndEveryReplyReachesTheStudentAcrossARestart() throws Exception {
        configure("\"staffChat\": " + STAFF_GROUP + ", \"handoverDays\": 14");
        startBot();

        FakeBotApiServer.Sent refusal = say(STUDENT, QUESTION);
        FakeBotApiServer.Sent confirmation = press(STUDENT, action(refusal, "Ask the School's staff"));
        assertTrue(confirmation.text().contains(QUESTION), "the student sees what will be sent: " + confirmation.text());
        assertTrue(server.sentTo(STAFF_GROUP).isEmpty(), "nothing is sent before the yes");
        FakeBotApiServer.Sent sent = press(STUDENT, action(confirmation, "✔ Yes"));
        assertTrue(sent.text().startsWith("Sent to the School's staff"), sent.text());

        FakeBotApiServer.Sent post = only(server.sentTo(STAFF_GROUP));
        assertTrue(post.text().contains(QUESTION) && post.text().contains("Student question"), post.text());
        for (String personal : List.of(String.valueOf(STUDENT), "Student " + STUDENT, "Rossi", "student_" + STUDENT)) {
            assertFalse(post.text().contains(personal), "the post carries nothing of the student's: " + post.text());
        }
        assertTrue(dataFilesMentioning(STUDENT).size() == 1, "the link waits on disk: " + dataFilesMentioning(STUDENT));

        restartBot();
        FakeBotApiServer.Sent relayed = staffReply("Try the Saturday market at Piazzale Cuoco.", post.messageId());
        assertTrue(relayed.text().startsWith("<b>📩 The School's staff answered your question “" + QUESTION), relayed.text());
        assertTrue(relayed.text().contains("Try the Saturday market at Piazzale Cuoco."), relayed.text());
        assertEquals(List.of("👍", "👎"), labels(relayed));
        FakeBotApiServer.Sent second = staffReply("Or ask at the Bovisa bike shop.", post.messageId());
        assertTrue(second.text().contains("Or ask at the Bovisa bike shop."), "a second reply also reaches the student");
        int acknowledged = server.calls("answerCallbackQuery").size();
        server.pushButton(STUDENT, STUDENT, action(second, "👍"), "en");
        assertTrue(server.awaitCalls("answerCallbackQuery", acknowledged + 1, WAIT));
        assertTrue(server.calls("answerCallbackQuery").get(acknowledged).params().path("text").asText().startsWith("Thanks"),
                "the student can rate the staff's answer");

        int toStudent = server.sentTo(STUDENT).size();
        server.pushGroupReply(STAFF_GROUP, STAFF_MEMBER, "a reply to the rules of the group", 424242);
        server.pushGroupText(STAFF_GROUP, STAFF_MEMBER, "/start@" + FakeBotApiServer.BOT_USERNAME);
        server.pushGroupText(STAFF_GROUP, STAFF_MEMBER, "@" + FakeBotApiServer.BOT_USERNAME + " what is the G parameter?");
        say(OTHER_STUDENT, "ciao");
        stopBot();
        assertEquals(toStudent, server.sentTo(STUDENT).size(), "a reply to another message is not relayed");
        assertEquals(1, server.sentTo(STAFF_GROUP).size(), "nothing in the staff chat is answered as a question");

        assertEquals(List.of(), dataFilesMentioning(STUDENT), "once relayed, no file holds the student's id");
        assertTrue(feedbackLog().contains("Try the Saturday market"), "the staff's answer is logged for a FAQ entry");
    }

    @Test
    void linksOlderThanHandoverDaysAreDeletedAndTheirRepliesIgnored() throws Exception {
        configure("\"staffChat\": " + STAFF_GROUP + ", \"handoverDays\": 3");
        startBot();
        FakeBotApiServer.Sent post = askStaff(STUDENT, QUESTION);
        stopBot();
        assertEquals(1, dataFilesMentioning(STUDENT).size());

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        startBot();
        assertEquals(List.of(), dataFilesMentioning(STUDENT), "deleted at start, unanswered");
        int toStudent = server.sentTo(STUDENT).size();
        server.pushGroupReply(STAFF_GROUP, STAFF_MEMBER, "Sorry for the delay: try the market.", post.messageId());
        say(OTHER_STUDENT, "ciao");
        stopBot();
        assertEquals(toStudent, server.sentTo(STUDENT).size(), "the link is gone: nothing is relayed: "
                + server.sentTo(STUDENT).stream().map(FakeBotApiServer.Sent::text).toList());
    }

    @Test
    void pendingListsTheQuestionsStillWaitingOldestFirstForAdminsOnly() throws Exception {
        configure("\"staffChat\": " + STAFF_GROUP + ", \"admins\": [" + BotHarness.ADMIN + "]");
        startBot();
        askStaff(STUDENT, QUESTION);
        clock.advance(Duration.ofHours(2));
        askStaff(OTHER_STUDENT, "Is there a student discount for the gym at Bovisa?");

        String pending = say(BotHarness.ADMIN, "/pending").text();
        assertTrue(pending.startsWith("2 questions waiting"), pending);
        assertTrue(pending.indexOf(QUESTION) < pending.indexOf("student discount for the gym"), "oldest first: " + pending);
        assertFalse(pending.contains(String.valueOf(STUDENT)), pending);
        assertTrue(say(STUDENT, "/pending").text().startsWith("This command is for the advisor's staff"));
    }

    @Test
    void whenTheBotCannotPostInTheStaffChatTheStudentIsToldAndNothingOfThemIsKept() throws Exception {
        configure("\"staffChat\": " + STAFF_GROUP);
        server.forbidChat(STAFF_GROUP);
        startBot();
        FakeBotApiServer.Sent refusal = say(STUDENT, QUESTION);
        FakeBotApiServer.Sent confirmation = press(STUDENT, action(refusal, "Ask the School's staff"));
        FakeBotApiServer.Sent failed = press(STUDENT, action(confirmation, "✔ Yes"));
        assertTrue(failed.text().startsWith("I could not reach the School's staff"), failed.text());
        assertEquals(List.of(), dataFilesMentioning(STUDENT));
    }

    @Test
    void withoutAStaffChatTheButtonIsNotOffered() throws Exception {
        startBot();
        FakeBotApiServer.Sent refusal = say(STUDENT, QUESTION);
        assertFalse(labels(refusal).contains("Ask the School's staff"), labels(refusal).toString());
        assertFalse(Files.exists(root.resolve("data/handover")), "no link store without a staff chat");
    }

    // --- the bot and the advisor ---

    private void configure(String entries) {
        Path settings = root.resolve("config/advisor.json");
        if (entries.contains("\"admins\"")) {
            TestFolders.replace(settings, "\"admins\": [],", "");
        }
        TestFolders.replace(settings, "\"staffChat\": null,", "");
        TestFolders.replace(settings, "\"handoverDays\": 14", entries.contains("handoverDays") ? entries
                : entries + ", \"handoverDays\": 14");
    }

    /** What {@code TelegramCommand} does: the advisor served, the bot built from its settings, the desk attached. */
    private void startBot() throws InterruptedException {
        advisor = Advisor.serve(root.resolve("knowledge"), root.resolve("config"));
        TelegramBot bot = harness.start(advisor.chat(), clock,
                StaffChatSetup.of(advisor.config().general(), advisor.chat()::relayStaffAnswer));
        advisor.attachStaffDesk(bot.staffDesk());
    }

    private void stopBot() {
        harness.stop();
        if (advisor != null) {
            advisor.close();
            advisor = null;
        }
    }

    private void restartBot() throws InterruptedException {
        stopBot();
        startBot();
    }

    // --- what students and staff do ---

    private FakeBotApiServer.Sent askStaff(long student, String question) throws InterruptedException {
        FakeBotApiServer.Sent refusal = say(student, question);
        FakeBotApiServer.Sent confirmation = press(student, action(refusal, "Ask the School's staff"));
        int posts = server.sentTo(STAFF_GROUP).size();
        press(student, action(confirmation, "✔ Yes"));
        List<FakeBotApiServer.Sent> all = server.sentTo(STAFF_GROUP);
        assertEquals(posts + 1, all.size());
        return all.get(all.size() - 1);
    }

    private FakeBotApiServer.Sent staffReply(String text, long postId) throws InterruptedException {
        int before = server.sentTo(STUDENT).size();
        server.pushGroupReply(STAFF_GROUP, STAFF_MEMBER, text, postId);
        return awaitNext(STUDENT, before);
    }

    private FakeBotApiServer.Sent say(long chat, String text) throws InterruptedException {
        int before = server.sentTo(chat).size();
        server.pushText(chat, chat, text, "en");
        return awaitNext(chat, before);
    }

    private FakeBotApiServer.Sent press(long chat, String data) throws InterruptedException {
        int before = server.sentTo(chat).size();
        server.pushButton(chat, chat, data, "en");
        return awaitNext(chat, before);
    }

    private FakeBotApiServer.Sent awaitNext(long chat, int before) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.sentTo(chat).size() <= before && System.nanoTime() < deadline) {
            server.awaitSent(server.sent().size() + 1, Duration.ofMillis(200));
        }
        List<FakeBotApiServer.Sent> sent = server.sentTo(chat);
        assertTrue(sent.size() > before, "a reply in chat " + chat);
        return sent.get(sent.size() - 1);
    }

    // --- reading what came out ---

    private static String action(FakeBotApiServer.Sent message, String labelStart) {
        for (JsonNode row : message.replyMarkup().path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().startsWith(labelStart)) {
                    return button.path("callback_data").asText();
                }
            }
        }
        throw new AssertionError("no button '" + labelStart + "' under: " + message.text() + " " + message.replyMarkup());
    }

    private static List<String> labels(FakeBotApiServer.Sent message) {
        List<String> labels = new ArrayList<>();
        if (message.replyMarkup() != null) {
            message.replyMarkup().path("inline_keyboard").forEach(row -> row.forEach(b -> labels.add(b.path("text").asText())));
        }
        return labels;
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    /** The files under the data folder whose content or name holds this id. */
    private List<Path> dataFilesMentioning(long id) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("data"))) {
            List<Path> found = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().contains(String.valueOf(id)) || Files.readString(file).contains(String.valueOf(id))) {
                    found.add(file);
                }
            }
            return found;
        }
    }

    private String feedbackLog() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root.resolve("data/feedback"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
