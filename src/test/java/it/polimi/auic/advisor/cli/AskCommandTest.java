package it.polimi.auic.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code ask} command as the contract specifies it. */
class AskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonAnswerHasTheContractFields() throws Exception {
        CommandLine run = CommandLine.run("", "ask", "--json", "How many workshop credits can be recognised?");

        assertEquals(0, run.exit(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("How many workshop credits can be recognised?", answer.get("question").asText());
        JsonNode first = answer.get("answers").get(0);
        assertEquals("programme-rules", first.get("document").asText());
        assertEquals("7.2", first.get("section").asText());
        assertEquals("Workshops", first.get("title").asText());
        assertTrue(first.get("text").asText().contains("maximum of 8 ECTS"));
        assertTrue(first.get("score").isNumber());
        assertTrue(answer.get("answers").size() <= 5);
        for (JsonNode a : answer.get("answers")) {
            assertTrue(a.get("text").asText().length() <= 3000);
        }
        assertTrue(answer.get("reply").asText().contains("7.2 Workshops"), answer.get("reply").asText());
    }

    @Test
    void anOutOfScopeQuestionHasNoAnswersAndAReplySayingWhereToAsk() throws Exception {
        CommandLine run = CommandLine.run("", "ask", "--json", "What's the capital of Australia?");

        JsonNode answer = JSON.readTree(run.out());
        assertEquals(0, answer.get("answers").size());
        assertTrue(answer.get("reply").asText().contains("can't find that"));
    }

    @Test
    void batchAnswersEveryLineInOrderOneJsonObjectPerLine() throws Exception {
        String questions = "Does studio attendance expire?\n\nWhat's the capital of Australia?\ntitle:(foo AND\n"
                + "quanti crediti di workshop posso avere?\n";

        CommandLine run = CommandLine.run(questions, "ask", "--json", "--batch");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run.out());
        assertEquals("5.4.1", JSON.readTree(lines.get(0)).get("answers").get(0).get("section").asText());
        assertEquals(0, JSON.readTree(lines.get(1)).get("answers").size());
        assertEquals(0, JSON.readTree(lines.get(2)).get("answers").size());
        assertEquals("7.2", JSON.readTree(lines.get(4)).get("answers").get(0).get("section").asText());
    }

    @Test
    void explainAddsHowTheAnswerWasFound() throws Exception {
        CommandLine run = CommandLine.run("", "ask", "--json", "--explain", "Does studio attendance expire?");

        JsonNode explain = JSON.readTree(run.out()).get("explain");
        assertTrue(explain.get("decision").asText().startsWith("Answered from programme-rules 5.4.1"));
        assertTrue(explain.get("candidates").size() >= 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "title:(foo AND", "😀", "\u0000", "<b>x</b>"})
    void strangeQuestionsGetAnAnswerOrARefusalNeverAStackTrace(String question) throws Exception {
        CommandLine run = CommandLine.run("", "ask", "--json", question);

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.clean(), run.err());
        assertTrue(JSON.readTree(run.out()).has("answers"));
    }

    @Test
    void twentyThousandCharactersAreHandled() throws Exception {
        CommandLine run = CommandLine.run("", "ask", "--json", "workshop ".repeat(2300));

        assertEquals(0, run.exit());
        assertTrue(JSON.readTree(run.out()).has("answers"));
    }

    @Test
    void withoutAQuestionItIsAUsageError() {
        CommandLine run = CommandLine.run("", "ask", "--json");

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.clean());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandLine run = CommandLine.run("", "ask", "--jsn", "question");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--jsn"));
    }

    @Test
    void aQuestionThatStartsWithDashesGoesAfterDoubleDash() throws Exception {
        CommandLine run = CommandLine.run("", "ask", "--json", "--", "--how many workshop credits can be recognised?");

        assertEquals(0, run.exit(), run.err());
        assertEquals("--how many workshop credits can be recognised?", JSON.readTree(run.out()).path("question").asText());
    }

    @Test
    void withoutDoubleDashSuchAQuestionIsAUsageErrorThatSaysWhatToDo() {
        CommandLine run = CommandLine.run("", "ask", "--json", "--how many credits?");

        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("'--how many credits?'") && run.err().contains("after '--'"), run.err());
    }

    @Test
    void askHasItsOwnHelpShowingEveryOption() {
        CommandLine run = CommandLine.run("", "ask", "--help");

        assertEquals(0, run.exit());
        assertEquals("", run.err());
        for (String option : new String[] {"--json", "--batch", "--explain", "--it", "QUESTION"}) {
            assertTrue(run.out().contains(option), option + " in: " + run.out());
        }
        assertTrue(run.out().lines().findFirst().orElse("").contains(" ask "), run.out());
    }
}
