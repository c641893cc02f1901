package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.TestFolders;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report over the shipped knowledge: the glossary joins wordings, the regulations tell what an entry could fix. */
class FeedbackReportKnowledgeTest {

    private static final Instant DAY_1 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2025-03-02T10:00:00Z");

    @TempDir
    static Path root;

    private static ReportKnowledge knowledge;

    /** The shipped knowledge, whose glossary says a mensa is a canteen. */
    @BeforeAll
    static void loadKnowledge() {
        knowledge = ReportKnowledge.of(KnowledgeLoader.load(Path.of("knowledge")));
    }

    private static final List<FeedbackEntry> LOG = List.of(
            FeedbackEntry.unanswered(DAY_1, "where is the canteen"),
            FeedbackEntry.unanswered(DAY_2, "dov'è la mensa"),
            FeedbackEntry.unanswered(DAY_2, "where is the canteen"),
            FeedbackEntry.unanswered(DAY_1, "how many workshop credits can be recognised"),
            FeedbackEntry.unanswered(DAY_1, "c"),
            FeedbackEntry.unanswered(DAY_1, "/start"),
            FeedbackEntry.unanswered(DAY_1, "🙂"),
            FeedbackEntry.unanswered(DAY_2, "asdfgh"));

    private static QuestionGroup groupOf(FeedbackReport report, String question) {
        return report.groups().stream()
                .filter(group -> group.question().equals(question) || group.examples().contains(question))
                .findFirst().orElseThrow(() -> new AssertionError(question + " is in no group: " + report.groups()));
    }

    @Test
    void theCanteenAndTheMensaAreOneGroupNotInTheRegulations() {
        FeedbackReport report = FeedbackReport.build(LOG, knowledge);

        QuestionGroup canteen = groupOf(report, "where is the canteen");
        assertEquals(3, canteen.count());
        assertEquals(List.of("dov'è la mensa"), canteen.examples());
        assertEquals(Optional.of(new Verdict(Verdict.Outcome.NOT_IN_REGULATIONS, null)), canteen.verdict());
    }

    @Test
    void aQuestionTheRegulationsAnswerIsOneAnEntryCouldAnswerWithItsSection() {
        FeedbackReport report = FeedbackReport.build(LOG, knowledge);

        QuestionGroup workshops = groupOf(report, "how many workshop credits can be recognised");
        assertEquals(Optional.of(new Verdict(Verdict.Outcome.ENTRY_COULD_ANSWER, "programme-rules 7.2 Workshops")),
                workshops.verdict());
        assertTrue(report.checked());
    }

    @Test
    void noiseIsCountedAndInNoGroup() {
        FeedbackReport report = FeedbackReport.build(LOG, knowledge);

        assertEquals(4, report.noiseCount());
        assertEquals(2, report.groups().size(), report.groups().toString());
        assertEquals(4, report.groups().stream().mapToInt(QuestionGroup::count).sum());
    }

    @Test
    void aQuestionAboutSomethingElseWhoseWordsAreHalfFoundIsNotInTheRegulations() {
        FeedbackReport report = FeedbackReport.build(List.of(
                FeedbackEntry.unanswered(DAY_1, "How do I find accommodation in Milan?"),
                FeedbackEntry.unanswered(DAY_1, "when does the canteen close")), knowledge);

        assertTrue(report.groups().stream().allMatch(group -> group.verdict().filter(Verdict::entryCouldAnswer).isEmpty()),
                report.groups().toString());
    }
}
