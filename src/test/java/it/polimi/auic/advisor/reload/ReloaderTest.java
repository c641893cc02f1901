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
}
