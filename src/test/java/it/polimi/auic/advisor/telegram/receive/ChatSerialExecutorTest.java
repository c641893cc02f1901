package it.polimi.auic.advisor.telegram.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.telegram.Threads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatSerialExecutorTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4, Threads.daemon("test-chat"));
    private final ChatSerialExecutor chats = new ChatSerialExecutor(pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void eachChatRunsInOrderOneAtATime() throws InterruptedException {
        Map<Long, List<Integer>> seen = new ConcurrentHashMap<>();
        Map<Long, Integer> running = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(20 * 50);
        for (int i = 0; i < 50; i++) {
            for (long chat = 0; chat < 20; chat++) {
                int n = i;
                long key = chat;
                chats.submit(key, () -> {
                    assertEquals(null, running.putIfAbsent(key, n), "one task per chat at a time");
                    seen.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
                    running.remove(key);
                    done.countDown();
                });
            }
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        List<Integer> expected = java.util.stream.IntStream.range(0, 50).boxed().toList();
        seen.values().forEach(order -> assertEquals(expected, order));
    }

    @Test
    void aBlockedChatDoesNotBlockOthersAndAFailingTaskDoesNotStopItsChat() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch others = new CountDownLatch(10);
        CountDownLatch afterFailure = new CountDownLatch(1);
        chats.submit(1, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (long chat = 2; chat < 12; chat++) {
            chats.submit(chat, others::countDown);
        }
        assertTrue(others.await(5, TimeUnit.SECONDS), "answered while chat 1 is busy");
        chats.submit(1, () -> {
            throw new IllegalStateException("a bug");
        });
        chats.submit(1, afterFailure::countDown);
        release.countDown();
        assertTrue(afterFailure.await(5, TimeUnit.SECONDS));
    }
}
