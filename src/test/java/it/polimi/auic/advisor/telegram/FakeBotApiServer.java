package it.polimi.auic.advisor.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.polimi.auic.advisor.telegram.format.MessageSplitter;
import it.polimi.auic.advisor.telegram.format.TelegramHtml;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API server on loopback that behaves like Telegram's where the bot's correctness depends on it: method names
 * in any case, deleteWebhook, getUpdates held until an update arrives and confirming by offset, 429 with retry_after
 * past 30 messages a second, 400 for HTML it cannot parse and for text over 4096 characters, and injected 502s
 * (a proxy's HTML page, before anything is done), and unconfirmed updates dropped after 24 hours (on a clock a test
 * may move). Tests push updates in and read what the bot sent.
 */
final class FakeBotApiServer implements AutoCloseable {

    static final String TOKEN = "123456:TEST-token-for-the-fake-bot-api-000000";
    static final long BOT_ID = 123456;
    static final String BOT_USERNAME = "auic_test_bot";

    /** A message the server accepted; {@code messageId} is what the server answered as its message_id. */
    record Sent(long chatId, String text, String parseMode, JsonNode replyMarkup, long atNanos, long messageId) {
        boolean isHtml() {
            return "HTML".equalsIgnoreCase(parseMode);
        }
    }

    /** Any request, as answered. */
    record Call(String method, int status, JsonNode params, long atNanos) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(Threads.daemon("fake-bot-api"));
    private final Object lock = new Object();
    private final Deque<ObjectNode> updates = new ArrayDeque<>();
    private final java.util.Map<Long, java.time.Instant> pushedAt = new java.util.HashMap<>();
    private java.time.Clock clock = java.time.Clock.systemUTC();
    private final List<Sent> sent = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Long> lastSecond = new ArrayDeque<>();
    private final FakeUpdates make = new FakeUpdates(json);
    private final Random random = new Random(42);
    private long nextUpdateId = 1;
    private int pollsStarted;
    private long confirmedBelow = 1;
    private double faultRate;
    private final int messagesPerSecond;
    private Predicate<String> htmlRefused = text -> false;
    private final java.util.Set<Long> forbiddenChats = new java.util.HashSet<>();
    private boolean closed;

    /** A server that counts like Telegram: past 30 messages a second, 429. */
    FakeBotApiServer() throws IOException {
        this(1);
    }

    /**
     * A server that counts {@code speedUp} times faster than Telegram (30 × speedUp messages a second), for a bot
     * whose pacing is as much faster ({@link BotHarness#fastSettings}).
     */
    FakeBotApiServer(int speedUp) throws IOException {
        messagesPerSecond = 30 * speedUp;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The share of requests answered with a 502 before anything is done. */
    void injectFaults(double rate) {
        synchronized (lock) {
            faultRate = rate;
        }
    }

    /** Makes the server refuse, as unparsable, HTML messages whose text matches. */
    void refuseHtml(Predicate<String> which) {
        synchronized (lock) {
            htmlRefused = which;
        }
    }

    /** Makes the server refuse every message to this chat, as Telegram does to a bot that is not a member. */
    void forbidChat(long chatId) {
        synchronized (lock) {
            forbiddenChats.add(chatId);
        }
    }

    long pushText(long chatId, long userId, String text, String languageCode) {
        return push(id -> make.textMessage(id, chatId, userId, text, languageCode));
    }

    long pushGroupText(long groupId, long userId, String text) {
        return push(id -> make.groupMessage(id, groupId, userId, text));
    }

    /** A group member's reply to the message {@code repliedTo} (one the bot sent there: {@link Sent#messageId}). */
    long pushGroupReply(long groupId, long userId, String text, long repliedTo) {
        return push(id -> make.groupReply(id, groupId, userId, text, repliedTo));
    }

    /** Where the server reads the time that ages unconfirmed updates. */
    void useClock(java.time.Clock wallClock) {
        synchronized (lock) {
            clock = wallClock;
        }
    }

    /** The next update gets this id, as when Telegram restarts update ids after a quiet week. */
    void restartUpdateIdsAt(long id) {
        synchronized (lock) {
            nextUpdateId = id;
        }
    }

    long pushPhoto(long chatId, long userId) {
        return push(id -> make.photoMessage(id, chatId, userId));
    }

    long pushButton(long chatId, long userId, String data, String languageCode) {
        return push(id -> make.buttonPress(id, chatId, userId, data, languageCode));
    }

    private long push(java.util.function.LongFunction<ObjectNode> update) {
        synchronized (lock) {
            long id = nextUpdateId++;
            updates.add(update.apply(id));
            pushedAt.put(id, clock.instant());
            lock.notifyAll();
            return id;
        }
    }

    List<Sent> sent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    List<Sent> sentTo(long chatId) {
        return sent().stream().filter(s -> s.chatId() == chatId).toList();
    }

    List<Call> calls(String method) {
        synchronized (lock) {
            return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
        }
    }

    /** Updates not yet confirmed by a getUpdates offset. */
    int unconfirmed() {
        synchronized (lock) {
            return updates.size();
        }
    }

    /** Waits (in real time: this is a network peer) until the server accepted {@code count} messages. */
    boolean awaitSent(int count, Duration timeout) throws InterruptedException {
        return await(() -> sent.size() >= count, timeout);
    }

    /** Waits until the bot has started {@code count} getUpdates calls (a long poll is answered only later). */
    boolean awaitPolls(int count, Duration timeout) throws InterruptedException {
        return await(() -> pollsStarted >= count, timeout);
    }

    int pollsStarted() {
        synchronized (lock) {
            return pollsStarted;
        }
    }

    boolean awaitCalls(String method, int count, Duration timeout) throws InterruptedException {
        return await(() -> calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).count() >= count, timeout);
    }

    private boolean await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length != 3 || !path[1].startsWith("bot")) {
                reply(exchange, "?", null, 404, error(404, "Not Found"));
                return;
            }
            String method = path[2].toLowerCase(Locale.ROOT);
            JsonNode params = params(exchange);
            if (!path[1].equals("bot" + TOKEN)) {
                reply(exchange, method, params, 401, error(401, "Unauthorized"));
                return;
            }
            if (injectFault()) {
                reply(exchange, method, params, 502, null);
                return;
            }
            answer(exchange, method, params);
        }
    }

    private void answer(HttpExchange exchange, String method, JsonNode params) throws IOException {
        switch (method) {
            case "getme" -> reply(exchange, method, params, 200, ok(make.botUser(BOT_ID, BOT_USERNAME)));
            case "deletewebhook", "setmycommands", "sendchataction", "answercallbackquery" ->
                    reply(exchange, method, params, 200, ok(json.getNodeFactory().booleanNode(true)));
            case "getupdates" -> reply(exchange, method, params, 200, ok(getUpdates(params)));
            case "sendmessage" -> sendMessage(exchange, params);
            default -> reply(exchange, method, params, 404, error(404, "Not Found: method not found"));
        }
    }

    private ArrayNode getUpdates(JsonNode params) {
        synchronized (lock) {
            pollsStarted++;
            lock.notifyAll();
        }
        long offset = params.path("offset").asLong(0);
        int limit = params.path("limit").asInt(100);
        long deadline = System.nanoTime() + Duration.ofSeconds(params.path("timeout").asLong(0)).toNanos();
        ArrayNode result = json.createArrayNode();
        synchronized (lock) {
            if (offset > 0) {
                confirmedBelow = Math.max(confirmedBelow, offset);
                updates.removeIf(u -> u.get("update_id").asLong() < confirmedBelow);
            }
            // Telegram keeps an update nobody confirmed for 24 hours.
            java.time.Instant dayAgo = clock.instant().minus(Duration.ofHours(24));
            updates.removeIf(u -> pushedAt.get(u.get("update_id").asLong()).isBefore(dayAgo));
            while (updates.isEmpty() && !closed && System.nanoTime() < deadline) {
                try {
                    lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            updates.stream().limit(limit).forEach(u -> result.add(u.deepCopy()));
        }
        return result;
    }

    private void sendMessage(HttpExchange exchange, JsonNode params) throws IOException {
        String text = params.path("text").asText("");
        String parseMode = params.hasNonNull("parse_mode") ? params.get("parse_mode").asText() : null;
        String method = "sendmessage";
        if (!params.hasNonNull("chat_id")) {
            reply(exchange, method, params, 400, error(400, "Bad Request: chat not found"));
            return;
        }
        if (text.isBlank()) {
            reply(exchange, method, params, 400, error(400, "Bad Request: message text is empty"));
            return;
        }
        synchronized (lock) {
            if (forbiddenChats.contains(params.get("chat_id").asLong())) {
                reply(exchange, method, params, 403, error(403, "Forbidden: bot is not a member of the supergroup chat"));
                return;
            }
        }
        if (text.length() > MessageSplitter.TELEGRAM_LIMIT) {
            reply(exchange, method, params, 400, error(400, "Bad Request: message is too long"));
            return;
        }
        if ("HTML".equalsIgnoreCase(parseMode)) {
            Optional<String> problem = TelegramHtml.problem(text);
            synchronized (lock) {
                if (problem.isEmpty() && htmlRefused.test(text)) {
                    problem = Optional.of("refused by the test");
                }
            }
            if (problem.isPresent()) {
                reply(exchange, method, params, 400, error(400, "Bad Request: can't parse entities: " + problem.get()));
                return;
            }
        }
        ObjectNode response;
        synchronized (lock) {
            long now = System.nanoTime();
            while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= 1_000_000_000L) {
                lastSecond.pollFirst();
            }
            if (lastSecond.size() >= messagesPerSecond) {
                ObjectNode tooMany = error(429, "Too Many Requests: retry after 1");
                tooMany.putObject("parameters").put("retry_after", 1);
                response = tooMany;
            } else {
                lastSecond.addLast(now);
                long chatId = params.get("chat_id").asLong();
                sent.add(new Sent(chatId, text, parseMode, params.get("reply_markup"), now, sent.size() + 1));
                response = ok(make.sentMessage(sent.size(), chatId, text));
            }
        }
        reply(exchange, method, params, response.get("ok").asBoolean() ? 200 : 429, response);
    }

    private boolean injectFault() {
        synchronized (lock) {
            return faultRate > 0 && random.nextDouble() < faultRate;
        }
    }

    private JsonNode params(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode node = json.createObjectNode();
        node.put("ok", true);
        node.set("result", result);
        return node;
    }

    private ObjectNode error(int code, String description) {
        ObjectNode node = json.createObjectNode();
        node.put("ok", false);
        node.put("error_code", code);
        node.put("description", description);
        return node;
    }

    /** A null body means a proxy's 502 page, not the Bot API's JSON. */
    private void reply(HttpExchange exchange, String method, JsonNode params, int status, JsonNode body) throws IOException {
        synchronized (lock) {
            calls.add(new Call(method, status, params, System.nanoTime()));
            lock.notifyAll();
        }
        byte[] bytes = body == null
                ? "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", body == null ? "text/html" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up on this call (a cancelled long poll)
        }
    }
}
