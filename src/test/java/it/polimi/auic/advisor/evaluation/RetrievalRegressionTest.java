package it.polimi.auic.advisor.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.ChatCore;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.chat.QuestionAnswer;
import it.polimi.auic.advisor.search.Hit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answer quality on the real {@code knowledge/}: each question set is asked exactly as {@code ask} and
 * {@code eval} ask it (the chat core over the real folders, the reply a student reads), and the test fails,
 * listing every miss, when in-scope Recall@1, the share of answers whose reply shows the expected words
 * ("shown"), or the share of out-of-scope questions refused falls below the set's floor. The figures of
 * every set are printed for the CI log.
 */
class RetrievalRegressionTest {

    /*
     * Floors, all in this one place. The shared development set is the one acceptance publishes: its floors
     * are the project's target (R@1 0.95, shown 0.90, every out-of-scope question refused). The tuning and
     * held-out floors are REGRESSION GUARDS, not targets: each is the value measured when it was set, less
     * about 0.03, rounded down to 0.01, so that ordinary noise passes and a real step back fails. When quality
     * improves, raise them: run
     *     mvn -B test -Dtest=RetrievalRegressionTest
     * read the printed figures, and set each floor to the new value less 0.03, rounded down to 0.01.
     * Never lower a floor to make a change pass without saying why in the commit.
     */
    static final Floor SHARED_DEV = new Floor("questions-shared-dev.json", 0.95, 0.90, 1.00);
    static final Floor TUNING = new Floor("questions-tuning.json", 0.88, 0.77, 0.83);

    private static final Path EVAL = Path.of("src/test/resources/eval");

    /** Built exactly as the CLI builds it: the real folders, the default tuning. */
    private static final Advisor ADVISOR = Advisor.load(Path.of("knowledge"), Path.of("config"));
    private static final ChatCore CHAT = ADVISOR.chat();

    /** A question set and the least it must score. */
    record Floor(String file, double minRecallAt1, double minShown, double minRefused) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Floor> questionSets() {
        return Stream.of(SHARED_DEV, TUNING);
    }

    @AfterAll
    static void close() {
        ADVISOR.close();
    }

    /** What the CLI prints for the question: passages best first (none when it does not know), and the reply. */
    static Evaluation.Answer ask(String question) {
        QuestionAnswer answer = CHAT.answer(question, Language.EN);
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Hit hit : answer.result().answers()) {
            texts.add(hit.passage().text());
            labels.add(hit.passage().section().documentId() + " " + hit.passage().sectionLabel());
        }
        return new Evaluation.Answer(texts, labels, answer.reply().plainText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionSets")
    void recallShownAndRefusalsStayAboveTheirFloors(Floor floor) {
        Path file = EVAL.resolve(floor.file());
        assertTrue(Files.isRegularFile(file), file + " is missing");
        Evaluation evaluation = Evaluation.run(QuestionSet.read(file), RetrievalRegressionTest::ask);

        Evaluation.Figures figures = evaluation.inScope();
        double refused = evaluation.abstainQuestions() == 0 ? 1
                : evaluation.refusedCorrectly() / (double) evaluation.abstainQuestions();
        System.out.println(report(floor, evaluation, refused));

        List<String> failures = new ArrayList<>();
        below(failures, "in-scope R@1", figures.recallAt1(), floor.minRecallAt1());
        below(failures, "in-scope shown", figures.shown(), floor.minShown());
        below(failures, "out-of-scope refused", refused, floor.minRefused());
        if (!failures.isEmpty()) {
            fail(floor.file() + ": " + String.join("; ", failures) + "\nEvery miss:\n" + misses(evaluation));
        }
    }

    private static void below(List<String> failures, String what, double value, double floor) {
        if (value < floor) {
            failures.add(String.format(Locale.ROOT, "%s %.3f is below the floor %.2f", what, value, floor));
        }
    }

    private static String report(Floor floor, Evaluation evaluation, double refused) {
        Evaluation.Figures all = evaluation.inScope();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "[answers] %-26s in-scope %3d  R@1 %.3f (floor %.2f)  shown %.3f (floor %.2f)  R@3 %.3f  MRR %.3f  "
                        + "out-of-scope refused %d/%d = %.3f (floor %.2f)  in-scope refused %d",
                floor.file(), all.count(), all.recallAt1(), floor.minRecallAt1(), all.shown(), floor.minShown(),
                all.recallAt3(), all.mrr(), evaluation.refusedCorrectly(), evaluation.abstainQuestions(), refused,
                floor.minRefused(), evaluation.refusedWrongly()));
        for (Map.Entry<String, Evaluation.Figures> group : evaluation.byGroup().entrySet()) {
            Evaluation.Figures f = group.getValue();
            text.append(String.format(Locale.ROOT, "%n[answers]   %-24s %3d  R@1 %.3f  shown %.3f  R@3 %.3f  MRR %.3f",
                    group.getKey(), f.count(), f.recallAt1(), f.shown(), f.recallAt3(), f.mrr()));
        }
        evaluation.refusalsByLanguage().forEach((language, r) -> text.append(String.format(Locale.ROOT,
                "%n[answers]   out-of-scope %-11s refused %d/%d", language, r[0], r[1])));
        return text.toString();
    }

    private static String misses(Evaluation evaluation) {
        StringBuilder text = new StringBuilder();
        for (Evaluation.Outcome miss : evaluation.misses()) {
            EvalQuestion q = miss.question();
            String first = miss.top().isEmpty() ? "(refused)" : miss.top();
            String want = q.abstain() ? "a refusal"
                    : miss.notShown() ? "the reply to show " + q.expect()
                    : "rank 1 (got " + (miss.rank() == 0 ? "none" : miss.rank()) + "), expecting " + q.expect();
            text.append(String.format(Locale.ROOT, "  %s \"%s\": first %s; wanted %s%n", q.id(), q.question(), first,
                    want));
        }
        return text.toString();
    }
}
