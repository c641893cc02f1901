package it.polimi.auic.advisor.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.TestFolders;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.AdminActions;
import it.polimi.auic.advisor.chat.ChatCore;
import it.polimi.auic.advisor.chat.ConversationStore;
import it.polimi.auic.advisor.chat.FeedbackSink;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.chat.QuestionAnswer;
import it.polimi.auic.advisor.chat.Snapshot;
import it.polimi.auic.advisor.chat.flow.CalculatorFlows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swapping the index while students ask: nobody gets an error, everybody an answer from one version. */
class SwapUnderLoadTest {

    private static final int THREADS = 4;
    private static final int SWAPS = 12;
    private static final String QUESTION = "what percentage of the studio hours must I attend?";

    @TempDir
    Path root;

    @Test
    void fourThreadsAskingWhileTheIndexIsSwappedSeeNoFailureAndOnlyOldOrNewText() throws Exception {
        Path oldVersion = root.resolve("old");
        Path newVersion = root.resolve("new");
        TestFolders.copyRepository(oldVersion);
        TestFolders.copyRepository(newVersion);
        TestFolders.replace(newVersion.resolve("knowledge/programme-rules.md"), "at least 70% of the Studio hours",
                "at least 80% of the Studio hours");
        TestFolders.replace(newVersion.resolve("knowledge/faq/study-plan.md"), "at least 70% of the Studio hours",
                "at least 80% of the Studio hours");

        AtomicInteger builds = new AtomicInteger();
        Path config = oldVersion.resolve("config");
        AtomicReference<Snapshot> current = new AtomicReference<>(
                Advisor.snapshot(oldVersion.resolve("knowledge"), config));
        Reloader reloader = new Reloader(current, () -> Advisor.snapshot(
                (builds.incrementAndGet() % 2 == 1 ? newVersion : oldVersion).resolve("knowledge"), config));
        ChatCore chat = new ChatCore(current::get,
                new CalculatorFlows(() -> current.get().config().calculators(), Clock.systemUTC()),
                new ConversationStore(Duration.ofMinutes(5), Ticker.systemTicker()), FeedbackSink.NONE,
                AdminActions.NONE);

        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        ExecutorService askers = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> asked = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            asked.add(askers.submit(() -> {
                int count = 0;
                while (running.get() || count == 0) {
                    QuestionAnswer answer = chat.answer(QUESTION, Language.EN);
                    String text = answer.result().answers().get(0).passage().text();
                    String version = text.contains("at least 70%") ? "old" : text.contains("at least 80%") ? "new" : "other";
                    seen.merge(version, 1, Integer::sum);
                    assertTrue(answer.reply().plainText().contains(version.equals("old") ? "70%" : "80%"),
                            "the reply quotes the version its passage came from");
                    count++;
                }
                return count;
            }));
        }
        for (int i = 0; i < SWAPS; i++) {
            assertInstanceOf(ReloadOutcome.Reloaded.class, reloader.reload());
        }
        running.set(false);
        askers.shutdown();
        int total = 0;
        for (Future<Integer> f : asked) {
            total += f.get();
        }

        assertEquals(null, seen.get("other"), "every answer came from the old or the new text");
        assertTrue(total >= THREADS, "every thread asked");
        assertTrue(seen.containsKey("old") || seen.containsKey("new"));
    }
}
