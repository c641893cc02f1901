package it.polimi.auic.advisor.telegram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The bot's two OkHttp clients, built here rather than by the libraries so that they can be shut down: OkHttp's
 * default dispatcher threads are not daemons and would keep the JVM alive for a minute after the bot stopped.
 * Polling and sending have separate dispatchers, so stopping the long poll cancels it alone, while replies drain.
 */
final class HttpClients implements AutoCloseable {

    /** Replies to different chats go out in parallel; OkHttp's default of 5 per host would cap that. */
    private static final int MAX_PARALLEL_REQUESTS = 64;

    private final ExecutorService threads;
    private final ConnectionPool connections;
    private final OkHttpClient polling;
    private final OkHttpClient sending;

    HttpClients(int longPollSeconds) {
        threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                Threads.daemon("tg-http"));
        connections = new ConnectionPool(MAX_PARALLEL_REQUESTS, 1, TimeUnit.MINUTES);
        Dispatcher sendDispatcher = new Dispatcher(threads);
        sendDispatcher.setMaxRequests(MAX_PARALLEL_REQUESTS);
        sendDispatcher.setMaxRequestsPerHost(MAX_PARALLEL_REQUESTS);
        polling = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(threads))
                .connectionPool(connections)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(longPollSeconds + 15L))
                .writeTimeout(Duration.ofSeconds(10))
                .build();
        sending = new OkHttpClient.Builder()
                .dispatcher(sendDispatcher)
                .connectionPool(connections)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .addInterceptor(new ApiErrorNormalizer())
                .build();
    }

    OkHttpClient polling() {
        return polling;
    }

    OkHttpClient sending() {
        return sending;
    }

    /** Cancels the long poll (blocked in a socket read, which an interrupt would not end). */
    void cancelPolling() {
        polling.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        polling.dispatcher().cancelAll();
        sending.dispatcher().cancelAll();
        threads.shutdownNow();
        connections.evictAll();
    }
}
