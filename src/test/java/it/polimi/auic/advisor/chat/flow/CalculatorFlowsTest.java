package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.CalcFixtures;
import it.polimi.auic.advisor.calc.gparam.GParamPolicy;
import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import it.polimi.auic.advisor.config.CalculatorConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every flow does the same way: resuming, refusing odd messages, cancelling, following config reloads. */
class CalculatorFlowsTest {

    private final CalculatorFlows flows = new CalculatorFlows(CalcFixtures::config, CalcFixtures.clock());

    @Test
    void resumeRepeatsThePendingQuestionAfterAnInterruption() {
        FlowTurn asked = flows.start(FlowId.MERIT, "/merit avg=27", Language.EN);
        FlowTurn question = flows.next(asked.next().orElseThrow(), "How is the portfolio assessed?", Language.EN);
        assertEquals(Outcome.REJECTED, question.outcome());
        ChatReply resumed = flows.resume(question.next().orElseThrow(), Language.EN);
        assertTrue(resumed.plainText().startsWith("Back to where we were:"), resumed.plainText());
        assertTrue(resumed.plainText().contains("On how many credits is that average computed?"), resumed.plainText());
        assertEquals(Outcome.ASKED, flows.next(question.next().orElseThrow(), "150", Language.EN).outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"🙂", "*bold* _x_", "   ", "\u0000", "1e9", "-5", "<b>bold</b>"})
    void oddMessagesAreRefusedWithAReasonAndTheQuestionStands(String text) {
        FlowState<?> state = flows.start(FlowId.MERIT, "/merit", Language.EN).next().orElseThrow();
        FlowTurn turn = flows.next(state, text, Language.EN);
        assertEquals(Outcome.REJECTED, turn.outcome());
        assertEquals(state, turn.next().orElseThrow());
        assertTrue(turn.reply().plainText().contains("weighted average"), turn.reply().plainText());
    }

    @Test
    void aVeryLongMessageIsRefusedAsAnAnswer() {
        FlowState<?> state = flows.start(FlowId.GPARAM, "/g", Language.EN).next().orElseThrow();
        FlowTurn turn = flows.next(state, "28x8 ".repeat(2_000), Language.EN);
        assertEquals(Outcome.REJECTED, turn.outcome());
        assertTrue(turn.reply().plainText().contains("too long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cancel", "/cancel@AuicAdvisorBot", "annulla", "Cancel"})
    void cancelInAnyForm(String text) {
        FlowState<?> state = flows.start(FlowId.STUDIO, "/studio", Language.EN).next().orElseThrow();
        FlowTurn turn = flows.next(state, text, Language.EN);
        assertEquals(Outcome.CANCELLED, turn.outcome());
        assertTrue(turn.next().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(FlowId.class)
    void everyQuestionOffersCancelAndEveryButtonFitsTelegram(FlowId id) {
        for (Language language : Language.values()) {
            ChatReply reply = flows.start(id, id.command(), language).reply();
            List<Button> buttons = reply.keyboard().stream().flatMap(List::stream).toList();
            assertTrue(buttons.stream().anyMatch(b -> b.action().equals("/cancel")), id + " " + language);
            assertTrue(buttons.stream().allMatch(b -> b.action().getBytes(StandardCharsets.UTF_8).length <= 64));
            assertTrue(reply.plainText().length() < 600, "short enough for a phone: " + reply.plainText());
        }
    }

    @Test
    void theConfigIsReadAtEveryTurnSoALiveReloadAppliesAtOnce() {
        AtomicReference<CalculatorConfig> config = new AtomicReference<>(CalcFixtures.config());
        CalculatorFlows live = new CalculatorFlows(config::get, CalcFixtures.clock());
        FlowState<?> state = live.start(FlowId.GPARAM, "compute my G", Language.EN).next().orElseThrow();
        state = live.next(state, "30Lx10", Language.EN).next().orElseThrow();
        CalculatorConfig old = config.get();
        config.set(new CalculatorConfig(old.academicYearStart(), old.admission(), old.merit(),
                new GParamPolicy(BigDecimal.valueOf(31)), old.calendar()));
        FlowTurn verdict = live.next(state, "done", Language.EN);
        assertTrue(verdict.reply().plainText().startsWith("G = 310"), verdict.reply().plainText());
    }

    @Test
    void theStateIsAnImmutableValue() {
        FlowState<?> state = flows.start(FlowId.MERIT, "/merit avg=27", Language.EN).next().orElseThrow();
        MeritAnswers answers = (MeritAnswers) state.answers();
        answers.withAverage(Optional.of(BigDecimal.ONE));
        assertThrows(UnsupportedOperationException.class, () -> state.answered().add("x"));
        assertEquals(Optional.of(new BigDecimal("27")), ((MeritAnswers) state.answers()).average(),
                "changing an answer makes new answers; the state's stay as they were");
    }

    @Test
    void everyVerdictFitsOnAPhone() {
        String[] requests = {
                "/admission polimi=no class=L-21",
                "/admission polimi=yes class=L-17 year=2020/21 graduated=2026-03-01 credits=90 average=24 english=no",
                "/merit avg=20 credits=100 portfolio=0 traineeship=0 other=0 graduating=yes registered=100",
                "/alliance call=BSC3_WINTER plan=E,E,P,P madrid=5 polimi=30",
                "/studio year=2020/21 attendance=10%",
                "/g " + "28x6 ".repeat(30)};
        for (String request : requests) {
            for (Language language : Language.values()) {
                FlowTurn turn = flows.start(flows.detect(request).orElseThrow(), request, language);
                assertEquals(Outcome.FINISHED, turn.outcome(), request);
                String text = turn.reply().plainText();
                assertTrue(text.length() < 2_500, text.length() + " characters: " + text);
                assertTrue(text.lines().allMatch(line -> line.length() < 400), text);
            }
        }
    }
}
