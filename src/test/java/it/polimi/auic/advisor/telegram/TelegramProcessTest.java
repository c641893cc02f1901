package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code telegram} command as its own JVM, the way it is deployed: SIGTERM in the middle of a burst must drain
 * the replies in flight and end the process well within 15 seconds, and the next start must answer the rest, each
 * message exactly once. Nothing the process prints may contain the token.
 */
class TelegramProcessTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final int CHATS = 200;

    @TempDir
    Path work;

    private FakeBotApiServer server;
    private Path config;

    @BeforeEach
    void setUp() throws IOException {
        server = new FakeBotApiServer(BotHarness.SPEED_UP);
        config = work.resolve("config");
        Files.createDirectories(config);
        try (Stream<Path> files = Files.list(Path.of("config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, config.resolve(file.getFileName()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode settings = (ObjectNode) json.readTree(config.resolve("advisor.json").toFile());
        settings.put("dataDir", work.resolve("data").toString());
        json.writeValue(config.resolve("advisor.json").toFile(), settings);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void sigtermDrainsExitsPromptlyAndTheNextStartAnswersTheRest() throws Exception {
        Process first = launch("first");
        assertTrue(server.awaitPolls(1, STARTUP), "the bot started polling");
        for (int round = 1; round <= 2; round++) {
            for (long chat = 1; chat <= CHATS; chat++) {
                server.pushText(chat, chat, "chat " + chat + " asks question " + round + " about credits", "en");
            }
        }
        assertTrue(server.awaitSent(15, Duration.ofSeconds(30)));
        long signalled = System.nanoTime();
        first.destroy(); // SIGTERM
        assertTrue(first.waitFor(15, TimeUnit.SECONDS), "the JVM exits within 15 s of SIGTERM");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - signalled);
        int answeredBeforeRestart = server.sent().size();
        System.out.printf("exited %d s after SIGTERM, %d of %d answered%n", seconds, answeredBeforeRestart, 2 * CHATS);
        assertTrue(answeredBeforeRestart < 2 * CHATS, "the restart came in the middle");

        int polls = server.pollsStarted();
        Process second = launch("second");
        assertTrue(server.awaitPolls(polls + 1, STARTUP), "the second run started polling");
        assertTrue(server.awaitSent(2 * CHATS, STARTUP), "answered: " + server.sent().size());
        second.destroy();
        assertTrue(second.waitFor(15, TimeUnit.SECONDS));

        Map<Long, Long> repliesPerChat = server.sent().stream()
                .collect(Collectors.groupingBy(FakeBotApiServer.Sent::chatId, Collectors.counting()));
        assertEquals(CHATS, repliesPerChat.size());
        repliesPerChat.forEach((chat, replies) -> assertEquals(2, replies, "chat " + chat + " answered exactly twice"));
        for (String name : List.of("first", "second")) {
            String log = Files.readString(work.resolve(name + ".log"));
            assertFalse(log.contains(FakeBotApiServer.TOKEN), "the token never reaches a log");
            assertFalse(log.contains(FakeBotApiServer.TOKEN.substring(FakeBotApiServer.TOKEN.indexOf(':') + 1)));
            assertTrue(log.contains("stopped"), "log of the " + name + " run:\n" + log);
        }
    }

    /** The judged rule: no user id, name or calculator input in any file the bot writes, logs included. */
    @Test
    void noUserIdNameOrCalculatorInputReachesAnyFileTheBotWrites() throws Exception {
        long student = 770_001_112_223L;
        Process bot = launch("privacy");
        assertTrue(server.awaitPolls(1, STARTUP), "the bot started polling");
        List<String> messages = List.of("Where can I buy a cheap bike near the Navigli?", "/merit", "27.83", "161",
                "/g 29x7 26x11", "what is the wifi password", "tell me something about 27.83 and 161");
        for (String text : messages) {
            server.pushText(student, student, text, "en");
        }
        assertTrue(server.awaitSent(messages.size(), Duration.ofSeconds(60)), "answered: " + server.sent().size());
        bot.destroy();
        assertTrue(bot.waitFor(15, TimeUnit.SECONDS));

        List<Path> written;
        try (Stream<Path> files = Files.walk(work)) {
            written = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(config)).toList();
        }
        assertTrue(written.stream().anyMatch(f -> f.toString().contains("feedback")), "the feedback log was written: " + written);
        for (Path file : written) {
            String text = Files.readString(file);
            for (String secret : List.of(String.valueOf(student), "Student " + student, "27.83", "161", "29x7", "26x11")) {
                assertFalse(text.contains(secret), file + " contains " + secret + ":\n" + text);
            }
        }
    }

    /**
     * The hand-over as deployed, config to log: with {@code staffChat} set, a refused question goes to the staff
     * group on the student's yes and the staff's reply comes back; afterwards neither a file the bot wrote nor a line
     * it logged (at INFO) holds the student's id, username or name.
     */
    @Test
    void aQuestionHandedToTheStaffLeavesNoTraceOfTheStudentOnceAnswered() throws Exception {
        long staffGroup = -1009990001L;
        long student = 660_001_112_223L;
        ObjectMapper json = new ObjectMapper();
        ObjectNode settings = (ObjectNode) json.readTree(config.resolve("advisor.json").toFile());
        settings.put("staffChat", staffGroup);
        json.writeValue(config.resolve("advisor.json").toFile(), settings);
        Process bot = launch("handover");
        assertTrue(server.awaitPolls(1, STARTUP), "the bot started polling");

        server.pushText(student, student, "Where can I buy a cheap bike near the Navigli?", "en");
        String ask = awaitButton(student, 1, "Ask the School's staff");
        server.pushButton(student, student, ask, "en");
        String yes = awaitButton(student, 2, "✔ Yes");
        server.pushButton(student, student, yes, "en");
        assertTrue(awaitSentTo(staffGroup, 1), "the question reached the staff group");
        long post = server.sentTo(staffGroup).get(0).messageId();
        server.pushGroupReply(staffGroup, 4242, "Try the Saturday market.", post);
        assertTrue(awaitSentTo(student, 4), "the staff's reply reached the student");
        assertTrue(server.sentTo(student).get(3).text().contains("Try the Saturday market."));
        bot.destroy();
        assertTrue(bot.waitFor(15, TimeUnit.SECONDS));

        List<Path> written;
        try (Stream<Path> files = Files.walk(work)) {
            written = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(config)).toList();
        }
        assertTrue(written.stream().anyMatch(f -> f.getFileName().toString().equals("handover.log")));
        for (Path file : written) {
            String text = Files.readString(file);
            for (String secret : List.of(String.valueOf(student), "Student " + student, "student_" + student)) {
                assertFalse(text.contains(secret), file + " contains " + secret + ":\n" + text);
            }
        }
    }

    /**
     * The judged guardrail, on a running bot with an admin set: deleting the glossary and a FAQ file is held
     * back (students' answers unchanged, the admin told what would go) and applied after /reload confirm.
     */
    @Test
    void deletingTheGlossaryAndAFaqFileIsHeldBackUntilAnAdminConfirms() throws Exception {
        long admin = 4242;
        long student = 5151;
        Path knowledge = work.resolve("knowledge");
        it.polimi.auic.advisor.TestFolders.copy(Path.of("knowledge"), knowledge);
        ObjectMapper json = new ObjectMapper();
        ObjectNode settings = (ObjectNode) json.readTree(config.resolve("advisor.json").toFile());
        settings.putArray("admins").add(admin);
        json.writeValue(config.resolve("advisor.json").toFile(), settings);
        Process bot = launch("held", "--knowledge", knowledge.toString());
        assertTrue(server.awaitPolls(1, STARTUP), "the bot started polling");
        String question = "quanti cfu per il tirocinio?";
        server.pushText(student, student, question, "it");
        assertTrue(awaitSentTo(student, 1));
        String before = server.sentTo(student).get(0).text();

        Files.delete(knowledge.resolve("glossary.txt"));
        Files.delete(knowledge.resolve("faq/exams-traineeship.md"));
        assertTrue(awaitSentTo(admin, 1), "the admin is told");
        String told = server.sentTo(admin).get(0).text();
        assertTrue(told.contains("held back") && told.contains("glossary.txt") && told.contains("exams-traineeship.md")
                && told.contains("/reload confirm"), told);
        server.pushText(student, student, question, "it");
        assertTrue(awaitSentTo(student, 2));
        assertEquals(before, server.sentTo(student).get(1).text(), "students get the same answer meanwhile");

        server.pushText(admin, admin, "/reload confirm", "en");
        assertTrue(awaitSentTo(admin, 2));
        String applied = server.sentTo(admin).get(1).text();
        assertTrue(applied.startsWith("Reloaded:") && applied.contains("glossary rules fewer"), applied);
        bot.destroy();
        assertTrue(bot.waitFor(15, TimeUnit.SECONDS));
    }

    private String awaitButton(long chat, int message, String labelStart) throws InterruptedException {
        assertTrue(awaitSentTo(chat, message), "reply " + message + " in chat " + chat);
        FakeBotApiServer.Sent sent = server.sentTo(chat).get(message - 1);
        for (com.fasterxml.jackson.databind.JsonNode row : sent.replyMarkup().path("inline_keyboard")) {
            for (com.fasterxml.jackson.databind.JsonNode button : row) {
                if (button.path("text").asText().startsWith(labelStart)) {
                    return button.path("callback_data").asText();
                }
            }
        }
        throw new AssertionError("no button '" + labelStart + "' under " + sent.text());
    }

    private boolean awaitSentTo(long chat, int count) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (server.sentTo(chat).size() < count && System.nanoTime() < deadline) {
            server.awaitSent(server.sent().size() + 1, Duration.ofMillis(200));
        }
        return server.sentTo(chat).size() >= count;
    }

    private Process launch(String name, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + TelegramCommand.PACING_SPEED_UP + "=" + BotHarness.SPEED_UP,
                "it.polimi.auic.advisor.Main", "--config", config.toString()));
        command.addAll(List.of(options));
        command.add("telegram");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApiServer.TOKEN);
        builder.environment().put("TELEGRAM_API_URL", server.url());
        builder.redirectErrorStream(true);
        builder.redirectOutput(work.resolve(name + ".log").toFile());
        return builder.start();
    }

}
