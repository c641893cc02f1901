package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.CalcFixtures;
import it.polimi.auic.advisor.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sends odd messages at every question of every flow, and as the first message: whatever comes, the flow answers
 * with a message and never throws.
 */
class OddInputTest {

    private static final List<String> ODD = List.of("", " ", "🙂", "<script>x</script>", "*_`[]()~>#+-=|{}.!", "\u0000\u202e",
            "99999999999999999999", "1e999", "-0", "0x10", "٣٠", "2020/2021/2022", "31/12/9999", "00/00/0000", "29/02/2023",
            "2023-13-01", "30Lx0", "x", "%", "/", "=", "a=b=c", "plan=", "year=", "\"", "'", "L-", "L-0", "L-999", "P P P P P P P P P",
            "28x8 ".repeat(120), "/g 99x99", "back", "skip", "done", "yes", "no", "/cancelled", "averageByCheckDate=30.0000001",
            "exams=28x8", "asof=2023-02-30", "call=NOPE", "s9=POLIMI", "a".repeat(10_000));

    /** Answers that walk each flow to its last question. */
    private static final Map<FlowId, List<String>> PATHS = Map.of(
            FlowId.ADMISSION, List.of("/admission", "yes", "L-23", "yes", "2020/21", "14/09/2020", "18/07/2023", "140", "28"),
            FlowId.MERIT, List.of("/merit", "26", "155", "8", "2", "0", "yes"),
            FlowId.ALLIANCE4TECH, List.of("/alliance", "MSC1_SPRING", "P", "P", "P", "B", "M", "20", "10"),
            FlowId.STUDIO, List.of("/studio", "2025/26"),
            FlowId.GPARAM, List.of("/g", "28x8"));

    private final CalculatorFlows flows = new CalculatorFlows(CalcFixtures::config, CalcFixtures.clock());

    @Test
    void everyQuestionSurvivesEveryOddMessage() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<FlowId, List<String>> path : PATHS.entrySet()) {
            for (Language language : Language.values()) {
                List<FlowState<?>> states = walk(path.getKey(), path.getValue(), language);
                for (FlowState<?> state : states) {
                    for (String odd : ODD) {
                        try {
                            FlowTurn turn = flows.next(state, odd, language);
                            assertTrue(turn.reply().hasMessage(), "a message for " + odd);
                            flows.resume(turn.next().orElse(state), language);
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(path.getKey() + " at " + state.pending() + " with '" + shorten(odd) + "': " + e);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyFlowSurvivesOddFirstMessages() {
        for (FlowId id : FlowId.values()) {
            for (String odd : ODD) {
                FlowTurn turn = flows.start(id, id.command() + " " + odd, Language.EN);
                assertTrue(turn.reply().hasMessage());
                boolean pastedGrades = odd.matches("(?s).*\\d+x\\d+.*\\d+x\\d+.*");
                assertFalse(flows.detect(odd).isPresent() && !odd.startsWith("/") && !pastedGrades, odd);
            }
        }
    }

    private List<FlowState<?>> walk(FlowId id, List<String> path, Language language) {
        List<FlowState<?>> states = new ArrayList<>();
        Optional<FlowState<?>> state = flows.start(id, path.get(0), language).next();
        for (String answer : path.subList(1, path.size())) {
            states.add(state.orElseThrow());
            state = flows.next(state.orElseThrow(), answer, language).next();
        }
        state.ifPresent(states::add);
        return states;
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
