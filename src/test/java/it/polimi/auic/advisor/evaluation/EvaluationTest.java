package it.polimi.auic.advisor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The figures of an evaluation, computed on a hand-made advisor whose answers are known in advance. */
class EvaluationTest {

    private static EvalQuestion inScope(String id, String expect, String lang, String tag) {
        return new EvalQuestion(id, "question " + id, List.of(expect), false, lang, tag);
    }

    private static EvalQuestion outOfScope(String id) {
        return new EvalQuestion(id, "question " + id, List.of(), true, null, null);
    }

    /** Answers whose texts are {@code texts}, labelled "L1", "L2", ... */
    private static Evaluation.Answer answer(String... texts) {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= texts.length; i++) {
            labels.add("L" + i);
        }
        return new Evaluation.Answer(List.of(texts), labels, texts.length == 0 ? "" : "“" + texts[0] + "”");
    }

    private static final QuestionSet SET = new QuestionSet(List.of(
            inScope("r1", "alpha", null, null),
            inScope("r3", "beta", "it", null),
            inScope("r4", "gamma", null, "typo"),
            inScope("refused", "delta", "it", null),
            inScope("r6", "epsilon", null, null),
            outOfScope("abstained"),
            outOfScope("answered")));

    private static final Map<String, Evaluation.Answer> ANSWERS = Map.of(
            "question r1", answer("the ALPHA rule", "beta"),
            "question r3", answer("x", "y", "a beta rule", "beta again"),
            "question r4", answer("x", "y", "z", "gamma"),
            "question refused", answer(),
            "question r6", answer("a", "b", "c", "d", "e", "epsilon, too late"),
            "question abstained", answer(),
            "question answered", answer("an answer it should not give"));

    private static final Function<String, Evaluation.Answer> ADVISOR = ANSWERS::get;

    private final Evaluation evaluation = Evaluation.run(SET, ADVISOR);

    @Test
    void eachQuestionGetsTheRankOfTheFirstAcceptedAnswerAmongTheFirstFive() {
        assertEquals(List.of(1, 3, 4, 0, 0, 0, 0), evaluation.outcomes().stream().map(Evaluation.Outcome::rank).toList());
        assertEquals(List.of("L1", "L1", "L1", "", "L1", "", "L1"),
                evaluation.outcomes().stream().map(Evaluation.Outcome::top).toList());
    }

    @Test
    void figuresOverTheInScopeQuestions() {
        Evaluation.Figures figures = evaluation.inScope();

        assertEquals(5, figures.count());
        assertEquals(1 / 5.0, figures.recallAt1(), 1e-12);
        assertEquals(2 / 5.0, figures.recallAt3(), 1e-12);
        assertEquals((1 + 1 / 3.0 + 1 / 4.0) / 5, figures.mrr(), 1e-12);
    }

    @Test
    void refusalsAreCountedBothWays() {
        assertEquals(2, evaluation.abstainQuestions());
        assertEquals(1, evaluation.refusedCorrectly());
        assertEquals(1, evaluation.refusedWrongly());
    }

    @Test
    void missesAreTheInScopeQuestionsNotFirstAndTheOutOfScopeOnesAnswered() {
        assertEquals(List.of("r3", "r4", "refused", "r6", "answered"),
                evaluation.misses().stream().map(o -> o.question().id()).toList());
        assertTrue(evaluation.outcomes().get(5).passed());
        assertFalse(evaluation.outcomes().get(6).passed());
    }

    @Test
    void aQuestionIsShownOnlyWhenTheRightPassageIsFirstAndTheReplyHoldsTheAnswer() {
        QuestionSet set = new QuestionSet(List.of(inScope("quoted", "omega", null, null),
                inScope("hidden", "omega", null, null), inScope("second", "omega", null, null)));
        Map<String, Evaluation.Answer> answers = Map.of(
                "question quoted", new Evaluation.Answer(List.of("the OMEGA rule"), List.of("L1"), "“the omega rule”"),
                "question hidden", new Evaluation.Answer(List.of("the omega rule"), List.of("L1"), "“another rule”"),
                "question second", new Evaluation.Answer(List.of("x", "omega"), List.of("L1", "L2"), "“omega”"));

        Evaluation shown = Evaluation.run(set, answers::get);

        assertEquals(List.of(true, false, false), shown.outcomes().stream().map(Evaluation.Outcome::shown).toList());
        assertEquals(1 / 3.0, shown.inScope().shown(), 1e-12);
        assertEquals(List.of("hidden", "second"), shown.misses().stream().map(o -> o.question().id()).toList());
        assertTrue(shown.outcomes().get(1).notShown());
    }

    @Test
    void figuresByGroupLeaveOutOfScopeQuestionsApart() {
        Map<String, Evaluation.Figures> groups = evaluation.byGroup();

        assertEquals(List.of("en", "it", "typo"), List.copyOf(groups.keySet()));
        assertEquals(new Evaluation.Figures(2, 0.5, 0.5, 0.5, 0.5), groups.get("en"));
        assertEquals(new Evaluation.Figures(2, 0, 0.5, 1 / 6.0, 0), groups.get("it"));
        assertEquals(new Evaluation.Figures(1, 0, 0, 0.25, 0), groups.get("typo"));
    }

    @Test
    void anEmptySetHasZeroFigures() {
        Evaluation empty = Evaluation.run(new QuestionSet(List.of()), ADVISOR);

        assertEquals(new Evaluation.Figures(0, 0, 0, 0), empty.inScope());
        assertEquals(0, empty.abstainQuestions());
    }

    @Test
    void theAdvisorIsAskedEachQuestionOnceInOrder() {
        List<String> asked = new ArrayList<>();

        Evaluation.run(SET, q -> {
            asked.add(q);
            return ADVISOR.apply(q);
        });

        assertEquals(SET.questions().stream().map(EvalQuestion::question).toList(), asked);
    }
}
