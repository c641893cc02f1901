package it.polimi.auic.advisor.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.telegram.receive.Inbound;
import it.polimi.auic.advisor.telegram.receive.LatencyProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end latency of the Telegram bot around the real advisor: from the update arriving from getUpdates to its
 * reply being handed to the HTTP client, so the fake server's own latency is not in the figures. Students write at a
 * human pace (a step every 1.2 s per chat) from 20 chats; then a burst of 300 questions from 300 chats is timed
 * against the floor that Telegram's 30 messages a second set.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=it.polimi.auic.advisor.telegram.TelegramLatencyBenchmark}
 */
public final class TelegramLatencyBenchmark {

    private static final List<String> QUESTIONS = List.of(
            "How many workshop credits can be recognised?", "Does studio attendance expire?",
            "When can I ask for deferment?", "quanti crediti per il tirocinio?",
            "What is the G parameter used for?", "Can I do an internship abroad?",
            "How do I apply to Alliance4Tech?", "What happens if I fail a studio exam?");
    private static final int CHATS = 20;
    private static final int ROUNDS = 5;
    private static final Duration STEP = Duration.ofMillis(1200);
    private static final int BURST = 300;

    private final Map<Long, Long> receivedAt = new ConcurrentHashMap<>();
    private final Map<Long, Long> latencyNanos = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> isCalculatorStep = new ConcurrentHashMap<>();
    private final Map<String, Long> coreNanos = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        new TelegramLatencyBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        LatencyProbe probe = new LatencyProbe() {
            @Override
            public void received(Inbound inbound, long nanos) {
                receivedAt.put(inbound.updateId(), nanos);
            }

            @Override
            public void handedOver(Inbound inbound, long nanos) {
                Long start = receivedAt.get(inbound.updateId());
                if (start != null) {
                    latencyNanos.putIfAbsent(inbound.updateId(), nanos - start);
                }
            }
        };
        Path data = Files.createTempDirectory("tg-bench");
        try (FakeBotApiServer server = new FakeBotApiServer(); BotHarness harness = new BotHarness(server, data)) {
            ChatHandler core = Advisor.load(Path.of("knowledge"), Path.of("config")).chat();
            harness.start(request -> {
                long started = System.nanoTime();
                ChatReply reply = core.handle(request);
                coreNanos.put(request.chatId() + "/" + request.text() + "/" + started, System.nanoTime() - started);
                return reply;
            }, probe, BotHarness.realSettings(server, data));
            humanPace(server, 1); // warm-up: the JIT and Lucene's first queries
            latencyNanos.clear();
            coreNanos.clear();
            humanPace(server, ROUNDS);
            System.out.println("end-to-end: update received from getUpdates -> reply handed to the HTTP client");
            report("questions", false);
            report("calculator steps", true);
            List<Long> coreTimes = new ArrayList<>(coreNanos.values());
            Collections.sort(coreTimes);
            System.out.printf("%-17s n=%4d  p50 %6.1f ms  p99 %6.1f ms  (the chat core alone, both kinds)%n", "chat core",
                    coreTimes.size(), percentile(coreTimes, 50), percentile(coreTimes, 99));
            burst(server);
        }
    }

    /** Each chat: a question, a calculator started on its button, its next buttons, again. */
    private void humanPace(FakeBotApiServer server, int rounds) throws InterruptedException {
        ExecutorService students = Executors.newFixedThreadPool(CHATS);
        for (int c = 0; c < CHATS; c++) {
            long chat = 10_000 + c;
            int first = c;
            students.execute(() -> {
                try {
                    // Students do not write in lockstep: spread their starts over one step.
                    TimeUnit.NANOSECONDS.sleep(STEP.toNanos() * first / CHATS);
                    for (int round = 0; round < rounds; round++) {
                        String question = QUESTIONS.get((first + round) % QUESTIONS.size());
                        JsonNode keyboard = step(server, chat, question, false);
                        keyboard = step(server, chat, "/admission", true);
                        for (int i = 0; i < 2 && firstAction(keyboard) != null; i++) {
                            keyboard = step(server, chat, firstAction(keyboard), true);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        students.shutdown();
        students.awaitTermination(10, TimeUnit.MINUTES);
    }

    private JsonNode step(FakeBotApiServer server, long chat, String text, boolean button) throws InterruptedException {
        long started = System.nanoTime();
        int before = server.sentTo(chat).size();
        long id = button ? server.pushButton(chat, chat, text, "en") : server.pushText(chat, chat, text, "en");
        isCalculatorStep.put(id, button);
        long deadline = started + TimeUnit.SECONDS.toNanos(30);
        while (server.sentTo(chat).size() <= before && System.nanoTime() < deadline) {
            server.awaitSent(server.sent().size() + 1, Duration.ofMillis(50));
        }
        long left = STEP.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
        List<FakeBotApiServer.Sent> sent = server.sentTo(chat);
        return sent.isEmpty() ? null : sent.get(sent.size() - 1).replyMarkup();
    }

    private static String firstAction(JsonNode keyboard) {
        if (keyboard == null || keyboard.path("inline_keyboard").isEmpty()) {
            return null;
        }
        return keyboard.path("inline_keyboard").get(0).get(0).path("callback_data").asText(null);
    }

    private void report(String kind, boolean calculator) {
        List<Long> values = new ArrayList<>();
        latencyNanos.forEach((id, nanos) -> {
            if (isCalculatorStep.getOrDefault(id, false) == calculator) {
                values.add(nanos);
            }
        });
        Collections.sort(values);
        if (values.isEmpty()) {
            System.out.printf("%-17s no samples%n", kind);
            return;
        }
        System.out.printf("%-17s n=%4d  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", kind, values.size(),
                percentile(values, 50), percentile(values, 99), values.get(values.size() - 1) / 1e6);
    }

    private void burst(FakeBotApiServer server) throws InterruptedException {
        int before = server.sent().size();
        long started = System.nanoTime();
        for (int i = 0; i < BURST; i++) {
            long chat = 50_000 + i;
            server.pushText(chat, chat, QUESTIONS.get(i % QUESTIONS.size()), "en");
        }
        server.awaitSent(before + BURST, Duration.ofMinutes(2));
        double seconds = (System.nanoTime() - started) / 1e9;
        double floor = BURST / 30.0;
        System.out.printf("burst of %d questions from %d chats answered in %.2f s; the 30/s floor is %.2f s (%.2fx)%n",
                BURST, BURST, seconds, floor, seconds / floor);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
