package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.ChatCore;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.chat.QuestionAnswer;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.ExitCode;
import it.polimi.auic.advisor.command.Invocation;
import it.polimi.auic.advisor.command.UsageException;
import it.polimi.auic.advisor.evaluation.Evaluation;
import it.polimi.auic.advisor.evaluation.QuestionSet;
import it.polimi.auic.advisor.search.Hit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Parameters;

/**
 * {@code eval FILE}: runs a question file (the format of the shared dev-questions.json) through the same
 * pipeline as {@code ask} and prints Recall@1, Recall@3, MRR, refusals, and each miss with what came first,
 * so staff see at once whether an edit broke an answer.
 */
@picocli.CommandLine.Command(name = "eval", description = "score the advisor on a question file")
public final class EvalCommand implements Command {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "the question file")
    private Path file;

    @Override
    public int run(Invocation invocation) {
        if (file == null) {
            throw new UsageException("eval needs one question file, e.g. eval src/test/resources/eval/questions-tuning.json");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("eval: no question file at " + file);
        }
        QuestionSet questions;
        try {
            questions = QuestionSet.read(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException("eval: " + e.getMessage());
        }
        try (Advisor advisor = Advisor.load(invocation.knowledgeDir(), invocation.configDir())) {
            ChatCore chat = advisor.chat();
            Evaluation evaluation = Evaluation.run(questions, question -> answer(chat, question));
            print(evaluation, invocation);
        }
        return ExitCode.OK;
    }

    private static Evaluation.Answer answer(ChatCore chat, String question) {
        QuestionAnswer answer = chat.answer(question, Language.EN);
        List<Hit> hits = answer.result().answers();
        return new Evaluation.Answer(hits.stream().map(h -> h.passage().text()).toList(),
                hits.stream().map(h -> h.passage().section() + " " + h.passage().title()).toList(),
                answer.reply().plainText());
    }

    private static void print(Evaluation evaluation, Invocation invocation) {
        for (Evaluation.Outcome miss : evaluation.misses()) {
            String top = miss.top().isEmpty() ? "no answer" : miss.top();
            String rank = miss.question().abstain() ? "should be refused"
                    : miss.notShown() ? "right passage, the reply does not show the answer"
                    : miss.rank() == 0 ? "not in the answers" : "at rank " + miss.rank();
            invocation.out().printf("miss %s (%s), first: %s: %s%n", miss.question().id(), rank, top,
                    miss.question().question());
        }
        evaluation.byGroup().forEach((group, f) -> invocation.out().printf(Locale.ROOT,
                "  %s: n=%d R@1=%.2f R@3=%.2f MRR=%.2f shown=%.2f%n", group, f.count(), f.recallAt1(), f.recallAt3(),
                f.mrr(), f.shown()));
        evaluation.refusalsByLanguage().forEach((language, r) -> invocation.out().printf(Locale.ROOT,
                "  out-of-scope %s: refused %d/%d%n", language, r[0], r[1]));
        Evaluation.Figures all = evaluation.inScope();
        invocation.out().printf(Locale.ROOT,
                "in-scope n=%d Recall@1=%.3f Recall@3=%.3f MRR=%.3f shown=%.3f; out-of-scope refused %d/%d; "
                        + "in-scope refused %d%n",
                all.count(), all.recallAt1(), all.recallAt3(), all.mrr(), all.shown(), evaluation.refusedCorrectly(),
                evaluation.abstainQuestions(), evaluation.refusedWrongly());
    }
}
