package it.polimi.auic.advisor.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.TestFolders;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloaderTest {

    @TempDir
    Path root;
    Path knowledge;
    Path config;
    AtomicReference<Snapshot> current;
    Reloader reloader;

    @BeforeEach
    void serveACopyOfTheRepository() {
        TestFolders.copyRepository(root);
        knowledge = root.resolve("knowledge");
        config = root.resolve("config");
        current = new AtomicReference<>(Advisor.snapshot(knowledge, config));
        reloader = new Reloader(current, () -> Advisor.snapshot(knowledge, config));
    }

    @Test
    void aValidEditIsSwappedInAndDescribedSectionBySection() {
        // The FAQ quotes the rule word for word: staff edit both, or the edit is refused.
        TestFolders.replace(knowledge.resolve("programme-rules.md"), "at least 70% of the Studio hours",
                "at least 75% of the Studio hours");
        TestFolders.replace(knowledge.resolve("faq/study-plan.md"), "at least 70% of the Studio hours",
                "at least 75% of the Studio hours");
        TestFolders.append(knowledge.resolve("programme-rules.md"), "\n## 11 Student Services\n\nA new section.\n");

        ReloadOutcome outcome = reloader.reload();

        ReloadOutcome.Reloaded reloaded = assertInstanceOf(ReloadOutcome.Reloaded.class, outcome);
        assertEquals(List.of("programme-rules 5.4.1"), reloaded.diff().edited());
        assertEquals(List.of("programme-rules 11"), reloaded.diff().added());
        assertTrue(reloaded.diff().removed().isEmpty());
        assertTrue(current.get().search().search("studio attendance percentage").answers().get(0)
                .passage().text().contains("75%"));
        assertTrue(outcome.describe().contains("1 section edited (programme-rules 5.4.1)"), outcome.describe());
    }

    @Test
    void aBrokenEditIsRefusedWithFileAndLineAndTheLastGoodVersionStaysInService() {
        Snapshot before = current.get();
        TestFolders.append(knowledge.resolve("faq/admission-application.md"), "\n## A question without a section line\n");
        TestFolders.replace(knowledge.resolve("glossary.txt"), "cfu, ects, credits, crediti, credito", "cfu =>");

        ReloadOutcome outcome = reloader.reload();

        ReloadOutcome.Refused refused = assertInstanceOf(ReloadOutcome.Refused.class, outcome);
        assertSame(before, current.get());
        assertEquals(2, refused.problems().size(), refused.describe());
        assertTrue(refused.problems().stream().anyMatch(p -> p.matches(".*faq[/\\\\]admission-application\\.md:\\d+: .*section.*")),
                refused.describe());
        assertTrue(refused.problems().stream().anyMatch(p -> p.matches(".*glossary\\.txt:\\d+: .*")), refused.describe());
    }

    @Test
    void aConfigValueOutOfRangeIsRefusedNamingFileKeyAndValue() {
        Snapshot before = current.get();
        TestFolders.replace(config.resolve("advisor.json"), "\"conversationIdleMinutes\": 30",
                "\"conversationIdleMinutes\": -5");

        ReloadOutcome outcome = reloader.reload();

        String text = assertInstanceOf(ReloadOutcome.Refused.class, outcome).describe();
        assertSame(before, current.get());
        assertTrue(text.contains("advisor.json") && text.contains("conversationIdleMinutes") && text.contains("-5"), text);
    }

    @Test
    void fixingABrokenEditIsPickedUp() {
        Path faq = knowledge.resolve("faq/admission-application.md");
        TestFolders.append(faq, "\n## Where is the canteen?\nsection: programme-rules 99\nanswer: All candidates for admission\n");
        assertInstanceOf(ReloadOutcome.Refused.class, reloader.reload());

        TestFolders.replace(faq, "section: programme-rules 99", "section: programme-rules 1");

        ReloadOutcome.Reloaded fixed = assertInstanceOf(ReloadOutcome.Reloaded.class, reloader.reload());
        assertEquals(1, fixed.diff().faqDelta());
    }

    @Test
    void deletingTheGlossaryAndAFaqFileIsHeldUntilConfirmedAndTheAnswersStayMeanwhile() throws Exception {
        Snapshot before = current.get();
        java.nio.file.Files.delete(knowledge.resolve("glossary.txt"));
        java.nio.file.Files.delete(knowledge.resolve("faq/admission-merit.md"));

        ReloadOutcome.Held held = assertInstanceOf(ReloadOutcome.Held.class, reloader.reload());

        assertSame(before, current.get(), "still serving the previous version");
        String told = held.describe();
        assertTrue(told.contains("faq/admission-merit.md (") && told.contains("glossary.txt (all its "), told);
        assertTrue(told.contains("/reload confirm"), told);
        ReloadOutcome.Reloaded applied = assertInstanceOf(ReloadOutcome.Reloaded.class, reloader.confirm());
        assertTrue(applied.diff().faqDelta() < 0 && applied.diff().glossaryDelta() < 0, applied.describe());
        assertEquals(0, current.get().knowledge().glossary().rules().size());
        assertInstanceOf(ReloadOutcome.NothingHeld.class, reloader.confirm(), "a confirmation applies once");
    }

    @Test
    void removingMoreThanAFifthOfTheFaqEntriesIsHeldAndPuttingThemBackReleasesIt() {
        int total = current.get().knowledge().faq().size();
        List<Path> files = List.of(knowledge.resolve("faq/study-plan.md"), knowledge.resolve("faq/mobility.md"));
        List<String> texts = files.stream().map(ReloaderTest::read).toList();
        // Each file keeps its first entry, so no whole file goes: only the share can hold the edit back.
        for (int i = 0; i < files.size(); i++) {
            String text = texts.get(i);
            write(files.get(i), text.substring(0, text.indexOf("\n## ", text.indexOf("## ") + 1) + 1));
        }
        int left = (int) Advisor.snapshot(knowledge, config).knowledge().faq().size();
        assertTrue(total - left > total / 5.0, "the edit removes " + (total - left) + " of " + total);

        ReloadOutcome.Held held = assertInstanceOf(ReloadOutcome.Held.class, reloader.reload());
        assertEquals("⏸ edit held back: it would remove " + (total - left) + " of the " + total + " FAQ entries.",
                held.summaryLine());

        for (int i = 0; i < files.size(); i++) {
            write(files.get(i), texts.get(i));
        }
        ReloadOutcome.Reloaded back = assertInstanceOf(ReloadOutcome.Reloaded.class, reloader.reload());
        assertTrue(back.diff().isEmpty(), back.describe());
        assertInstanceOf(ReloadOutcome.NothingHeld.class, reloader.confirm(), "the held edit is gone with the new one");
    }

    @Test
    void anAcceptedEditTellsTheNewWarningsOnly() {
        TestFolders.append(knowledge.resolve("glossary.txt"), "\npracticum => traineship\n");

        ReloadOutcome.Reloaded reloaded = assertInstanceOf(ReloadOutcome.Reloaded.class, reloader.reload());

        assertEquals(1, reloaded.newWarnings().size(), reloaded.describe());
        assertTrue(reloaded.summaryLine().startsWith("✔ knowledge updated: 1 glossary rule more (1 warning: warning: "),
                reloaded.summaryLine());
        assertTrue(reloaded.describe().contains("'traineship'"), reloaded.describe());
        TestFolders.append(knowledge.resolve("glossary.txt"), "\nmensa => canteen\n");
        ReloadOutcome.Reloaded again = assertInstanceOf(ReloadOutcome.Reloaded.class, reloader.reload());
        assertTrue(again.newWarnings().stream().noneMatch(w -> w.message().contains("traineship")), again.describe());
    }

    @Test
    void aRefusedEditIsOneLineNamingTheFirstProblem() {
        TestFolders.append(knowledge.resolve("faq/admission-application.md"), "\n## A question without a section line\n");

        String line = reloader.reload().summaryLine();

        assertTrue(line.matches("✖ edit refused: .*admission-application\\.md:\\d+: entry has no 'section: .*"), line);
        assertTrue(!line.contains("\n"), line);
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
