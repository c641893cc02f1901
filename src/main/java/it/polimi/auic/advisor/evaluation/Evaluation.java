package it.polimi.auic.advisor.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the advisor on a question set the way acceptance does: a question passes at rank k when one of
 * its first k answers contains an expected phrase; it is "shown" when, besides, the reply a student reads
 * contains one (the quote, not only the passage behind it); an "abstain" question passes when there is no
 * answer.
 */
public final class Evaluation {

    /**
     * What the advisor answered.
     *
     * @param texts  the passages' texts, best first (empty when it refused)
     * @param labels the passages' labels, in the same order
     * @param reply  the message a student reads
     */
    public record Answer(List<String> texts, List<String> labels, String reply) {

        public Answer(List<String> texts, List<String> labels) {
            this(texts, labels, "");
        }
    }

    /**
     * One question's outcome.
     *
     * @param rank  1..5 of the first accepted passage, 0 when none (or when it refused)
     * @param top   the first passage's label, empty when it refused
     * @param shown whether the first passage holds the answer and the reply shows it
     */
    public record Outcome(EvalQuestion question, int rank, String top, boolean shown) {

        public boolean passed() {
            return question.abstain() ? top.isEmpty() : rank == 1;
        }

        /** In scope, the right passage first, but the reply does not show the answer. */
        public boolean notShown() {
            return !question.abstain() && rank == 1 && !shown;
        }
    }

    /** Figures for a group of questions. */
    public record Figures(int count, double recallAt1, double recallAt3, double mrr, double shown) {

        public Figures(int count, double recallAt1, double recallAt3, double mrr) {
            this(count, recallAt1, recallAt3, mrr, 0);
        }
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
            outcomes.add(new Outcome(question, rank, top, rank == 1 && question.shownIn(answer.reply())));
        }
        return new Evaluation(outcomes);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Questions that failed: a wrong or no passage first, an answer where a refusal was due, or an answer not shown. */
    public List<Outcome> misses() {
        return outcomes.stream().filter(o -> !o.passed() || o.notShown()).toList();
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

    /** For each language ("en", "it"), the out-of-scope questions refused and how many there were. */
    public Map<String, int[]> refusalsByLanguage() {
        Map<String, int[]> byLanguage = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (o.question().abstain()) {
                int[] counts = byLanguage.computeIfAbsent(o.question().language(), l -> new int[2]);
                counts[0] += o.passed() ? 1 : 0;
                counts[1]++;
            }
        }
        return byLanguage;
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
        double shown = list.stream().filter(Outcome::shown).count();
        int n = list.size();
        return new Figures(n, r1 / n, r3 / n, mrr / n, shown / n);
    }
}
