package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.feedback.QuestionGroup.SectionCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedbackReportTest {

    private static final Instant DAY_1 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2025-03-02T10:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2025-03-03T10:00:00Z");

    private static FeedbackEntry unanswered(Instant time, String question) {
        return FeedbackEntry.unanswered(time, question);
    }

    private static FeedbackEntry unhelpful(Instant time, String question, String section) {
        return FeedbackEntry.rated(time, false, question, section);
    }

    private static final List<FeedbackEntry> LOG = List.of(
            unanswered(DAY_1, "visa for non-EU students"),
            unanswered(DAY_1, "where to find accommodation milan"),
            unanswered(DAY_2, "How do I find accommodation in Milan?"),
            unanswered(DAY_2, "How do I find accommodation in Milan?"),
            unanswered(DAY_3, "accommodation milan"),
            unanswered(DAY_3, "Do non-EU students need a visa?"),
            unanswered(DAY_2, "thesis abroad"),
            unhelpful(DAY_1, "How many workshop credits can be recognised?", "programme-rules 7.2"),
            unhelpful(DAY_2, "Can workshop credits be recognised?", "programme-rules 7.2"),
            unhelpful(DAY_3, "can workshop credits be recognised?", "programme-rules 7.1"),
            FeedbackEntry.rated(DAY_3, true, "When is the Erasmus deadline?", "mobility erasmus-plus"));

    @Test
    void groupsComeMostFrequentFirstWithTheirMostAskedWordingAndExamples() {
        List<QuestionGroup> unanswered = FeedbackReport.build(LOG).groups(FeedbackKind.UNANSWERED);

        assertEquals(List.of(
                new QuestionGroup(FeedbackKind.UNANSWERED, 4, "How do I find accommodation in Milan?",
                        List.of("accommodation milan", "where to find accommodation milan"), List.of(), DAY_1, DAY_3),
                new QuestionGroup(FeedbackKind.UNANSWERED, 2, "Do non-EU students need a visa?",
                        List.of("visa for non-EU students"), List.of(), DAY_1, DAY_3),
                new QuestionGroup(FeedbackKind.UNANSWERED, 1, "thesis abroad", List.of(), List.of(), DAY_2, DAY_2)),
                unanswered);
    }

    @Test
    void unhelpfulAnswersShowTheSectionsTheyRestedOnAndSameWordingIsNotRepeatedAsAnExample() {
        List<QuestionGroup> unhelpful = FeedbackReport.build(LOG).groups(FeedbackKind.UNHELPFUL);

        assertEquals(1, unhelpful.size(), unhelpful.toString());
        QuestionGroup group = unhelpful.get(0);
        assertEquals(3, group.count());
        assertEquals("Can workshop credits be recognised?", group.question(), "asked twice, once without a capital");
        assertEquals(List.of("How many workshop credits can be recognised?"), group.examples());
        assertEquals(List.of(new SectionCount("programme-rules 7.2", 2), new SectionCount("programme-rules 7.1", 1)),
                group.sections());
    }

    @Test
    void kindsAreNeverMixedInOneGroup() {
        FeedbackReport report = FeedbackReport.build(List.of(
                unanswered(DAY_1, "workshop credits"),
                unhelpful(DAY_1, "workshop credits", "programme-rules 7.2")));

        assertEquals(2, report.groups().size());
        assertEquals(List.of(FeedbackKind.UNANSWERED, FeedbackKind.UNHELPFUL),
                report.groups().stream().map(QuestionGroup::kind).toList());
    }

    @Test
    void equalCountsGoMostRecentFirstThenAlphabetically() {
        FeedbackReport report = FeedbackReport.build(List.of(
                unanswered(DAY_1, "visa"),
                unanswered(DAY_2, "tuition fees"),
                unanswered(DAY_2, "scholarship")));

        assertEquals(List.of("scholarship", "tuition fees", "visa"),
                report.groups(FeedbackKind.UNANSWERED).stream().map(QuestionGroup::question).toList());
    }

    @Test
    void theReportIsTheSameWhateverTheOrderOfTheLog() {
        FeedbackReport expected = FeedbackReport.build(LOG);
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            List<FeedbackEntry> shuffled = new ArrayList<>(LOG);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, FeedbackReport.build(shuffled));
        }
    }

    @Test
    void noiseIsLeftOutOfTheGroupsAndCountedByKind() {
        List<FeedbackEntry> noisy = new ArrayList<>(LOG);
        for (String noise : List.of("c", "c", "/start", "/help", "???", "👍", "asdfgh", "kkkkk")) {
            noisy.add(unanswered(DAY_3, noise));
        }
        noisy.add(unhelpful(DAY_3, "x", "programme-rules 7.2"));

        FeedbackReport report = FeedbackReport.build(noisy);

        assertEquals(FeedbackReport.build(LOG).groups(), report.groups());
        assertEquals(Map.of(Noise.SINGLE_LETTER, 3, Noise.COMMAND, 2, Noise.SYMBOLS, 2, Noise.GIBBERISH, 2),
                report.noise());
        assertEquals(9, report.noiseCount());
        assertEquals(List.of(Noise.SINGLE_LETTER, Noise.COMMAND, Noise.SYMBOLS, Noise.GIBBERISH),
                List.copyOf(report.noise().keySet()), "in the order of the summary line");
    }

    @Test
    void aWordSentAloneAsACommandIsNoiseWhileAnUnknownNameIsKept() {
        FeedbackReport report = FeedbackReport.build(List.of(unanswered(DAY_1, "clear?!"), unanswered(DAY_1, "Menu"),
                unanswered(DAY_1, "ISEE"), unanswered(DAY_1, "clear the exam")));

        assertEquals(2, report.noiseCount());
        assertEquals(List.of("ISEE", "clear the exam"), report.groups().stream().map(QuestionGroup::question).sorted()
                .toList());
    }

    @Test
    void withoutTheKnowledgeNoGroupHasAVerdict() {
        FeedbackReport report = FeedbackReport.build(LOG);

        assertEquals(false, report.checked());
        assertTrue(report.groups().stream().allMatch(group -> group.verdict().isEmpty()), report.groups().toString());
    }

    @Test
    void theCountsAddUpToTheLog() {
        FeedbackReport report = FeedbackReport.build(LOG);

        assertEquals(7, report.count(FeedbackKind.UNANSWERED));
        assertEquals(3, report.count(FeedbackKind.UNHELPFUL));
        assertEquals(1, report.count(FeedbackKind.HELPFUL));
    }

    @Test
    void theAdminSummaryIsShortAndLeavesHelpfulAnswersOut() {
        String summary = FeedbackSummary.of(FeedbackReport.build(LOG), 2, Language.EN);

        assertEquals("""
                Unanswered questions (7, in 3 groups):
                4× How do I find accommodation in Milan?
                2× Do non-EU students need a visa?

                Answers marked unhelpful (3, in 1 group):
                3× Can workshop credits be recognised? [programme-rules 7.2]

                … and 1 more: run `report` on the server for the full list.""", summary);
    }

    @Test
    void theAdminSummaryCutsLongQuestionsAndSpeaksItalian() {
        // A real word: "q q q" has no vowel and is left out as gibberish.
        FeedbackReport report = FeedbackReport.build(List.of(unanswered(DAY_1, "visa ".repeat(300))));
        String summary = FeedbackSummary.of(report, 10, Language.IT);

        assertTrue(summary.startsWith("Domande senza risposta (1, in 1 gruppo):\n1× visa visa"), summary);
        String line = summary.lines().toList().get(1);
        assertEquals(FeedbackSummary.MAX_QUESTION_CHARS + 3, line.length(), line);
        assertTrue(line.endsWith("…"), line);
    }

    @Test
    void anEmptyLogSaysSo() {
        assertEquals("No unanswered questions or unhelpful answers have been logged.",
                FeedbackSummary.of(FeedbackReport.build(List.of()), 10, Language.EN));
    }
}
