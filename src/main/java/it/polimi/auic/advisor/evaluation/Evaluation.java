package it.polimi.auic.advisor.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the advisor on a question set the way acceptance does: a question passes at rank k when one of
 * its first k answers contains an expected phrase; an "abstain" question passes when there is no answer.
 */
public final class Evaluation {

    /** What the advisor answered: the passages' texts and labels, best first (empty when it refused). */
    public record Answer(List<String> texts, List<String> labels) {
    }

    /** One question's outcome: rank 1..5 of the first accepted passage, 0 when none (or when it refused). */
    public record Outcome(EvalQuestion question, int rank, String top) {

        public boolean passed() {
            return question.abstain() ? top.isEmpty() : rank == 1;
        }
    }

    /** Figures for a group of questions. */
    public record Figures(int count, double recallAt1, double recallAt3, double mrr) {
    }

    private final List<Outcome> outcomes;

    private Evaluation(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    public static Evaluation run(QuestionSet set, Function<String, Answer> advisor) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalQuestion question : set.questions()) {
            Answer answer = advisor.apply(question.question());
            int rank = 0;
            for (int i = 0; i < Math.min(5, answer.texts().size()) && rank == 0 && !question.abstain(); i++) {
                if (question.accepts(answer.texts().get(i))) {
                    rank = i + 1;
                }
            }
            String top = answer.labels().isEmpty() ? "" : answer.labels().get(0);
            outcomes.add(new Outcome(question, rank, top));
        }
        return new Evaluation(outcomes);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    public List<Outcome> misses() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }

    /** Figures over every question that expects an answer. */
    public Figures inScope() {
        return figures(outcomes.stream().filter(o -> !o.question().abstain()).toList());
    }

    /** Figures by group ("en", "it", "typo", ...), abstain questions apart. */
    public Map<String, Figures> byGroup() {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.stream().filter(o -> !o.question().abstain())
                .forEach(o -> groups.computeIfAbsent(o.question().group(), g -> new ArrayList<>()).add(o));
        Map<String, Figures> figures = new LinkedHashMap<>();
        groups.forEach((group, list) -> figures.put(group, figures(list)));
        return figures;
    }

    public int abstainQuestions() {
        return (int) outcomes.stream().filter(o -> o.question().abstain()).count();
    }

    /** Out-of-scope questions the advisor rightly refused. */
    public int refusedCorrectly() {
        return (int) outcomes.stream().filter(o -> o.question().abstain() && o.passed()).count();
    }

    /** In-scope questions the advisor refused although the regulations answer them. */
    public int refusedWrongly() {
        return (int) outcomes.stream().filter(o -> !o.question().abstain() && o.top().isEmpty()).count();
    }

    private static Figures figures(List<Outcome> list) {
        if (list.isEmpty()) {
            return new Figures(0, 0, 0, 0);
        }
        double r1 = list.stream().filter(o -> o.rank() == 1).count();
        double r3 = list.stream().filter(o -> o.rank() >= 1 && o.rank() <= 3).count();
        double mrr = list.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).sum();
        int n = list.size();
        return new Figures(n, r1 / n, r3 / n, mrr / n);
    }
}
