package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.polimi.auic.advisor.logging.Redactor;
import it.polimi.auic.advisor.telegram.send.ApiFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** How what a Bot API server (or a proxy in front of it) answers is understood, through the real client. */
class BotApiFailuresTest {

    private MockWebServer web;
    private HttpClients http;
    private TelegramBotApi api;

    @BeforeEach
    void start() throws Exception {
        web = new MockWebServer();
        web.start();
        http = new HttpClients(2);
        api = new TelegramBotApi(new OkHttpTelegramClient(http.sending(), FakeBotApiServer.TOKEN,
                ApiUrl.parse("http://127.0.0.1:" + web.getPort())));
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        web.shutdown();
    }

    @Test
    void aProxysBadGatewayPageIsATransientFaultWithItsCode() {
        web.enqueue(new MockResponse().setResponseCode(502).setBody("<html><h1>502 Bad Gateway</h1></html>"));
        ApiFailure failure = failureOf(api.sendMessage(1, "hi", true, List.of()));
        assertEquals(ApiFailure.Kind.TRANSIENT, failure.kind());
        assertEquals(502, failure.code());
    }

    @Test
    void aBareTextBadRequestIsStillABadRequest() {
        web.enqueue(new MockResponse().setResponseCode(400).setBody("can't parse entities"));
        assertEquals(ApiFailure.Kind.REJECTED, failureOf(api.sendMessage(1, "<b>", true, List.of())).kind());
    }

    @Test
    void tooManyRequestsCarriesRetryAfterFromTheBodyOrTheHeader() {
        web.enqueue(new MockResponse().setResponseCode(429)
                .setBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\",\"parameters\":{\"retry_after\":3}}"));
        web.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7").setBody("slow down"));
        ApiFailure json = failureOf(api.sendMessage(1, "a", true, List.of()));
        ApiFailure header = failureOf(api.sendMessage(1, "b", true, List.of()));
        assertEquals(ApiFailure.Kind.RATE_LIMITED, json.kind());
        assertEquals(Duration.ofSeconds(3), json.retryAfter());
        assertEquals(Duration.ofSeconds(7), header.retryAfter());
    }

    @Test
    void aBlockedUserIsPermanentAndNoServerIsANetworkFault() throws Exception {
        web.enqueue(new MockResponse().setResponseCode(403)
                .setBody("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}"));
        assertEquals(ApiFailure.Kind.PERMANENT, failureOf(api.sendMessage(1, "a", true, List.of())).kind());
        web.shutdown();
        assertEquals(ApiFailure.Kind.TRANSIENT, failureOf(api.sendMessage(1, "a", true, List.of())).kind());
    }

    @Test
    void failureDescriptionsNeverCarryTheToken() {
        Redactor.register(FakeBotApiServer.TOKEN);
        ApiFailure failure = ApiFailure.classify(new java.io.IOException("failed: http://x/bot" + FakeBotApiServer.TOKEN + "/sendMessage"));
        assertFalse(failure.description().contains(FakeBotApiServer.TOKEN), failure.description());
    }

    private static ApiFailure failureOf(CompletableFuture<?> call) {
        try {
            Object result = call.join();
            assertNull(result, "expected a failure");
            throw new AssertionError("no failure");
        } catch (RuntimeException e) {
            return ApiFailure.classify(e);
        }
    }
}
