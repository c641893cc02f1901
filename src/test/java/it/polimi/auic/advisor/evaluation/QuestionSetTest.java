package it.polimi.auic.advisor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading question files in the shared format; a broken file is refused naming the file. */
class QuestionSetTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("questions.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aGoodFileGivesEveryQuestionWithItsFields() throws IOException {
        Path file = write("""
                {
                  "about": "ignored: a note for people",
                  "questions": [
                    {"id": "d01", "q": "Does studio attendance expire?", "expect": ["does not expire", "re-attended"]},
                    {"id": "d02", "q": "quanti appelli?", "expect": ["three exam sessions"], "lang": "it", "tag": "short",
                     "comment": "unknown fields are ignored"},
                    {"id": "dx1", "q": "Where can I buy a bike?", "abstain": true}
                  ]
                }
                """);

        QuestionSet set = QuestionSet.read(file);

        assertEquals(List.of(
                new EvalQuestion("d01", "Does studio attendance expire?", List.of("does not expire", "re-attended"), false,
                        null, null),
                new EvalQuestion("d02", "quanti appelli?", List.of("three exam sessions"), false, "it", "short"),
                new EvalQuestion("dx1", "Where can I buy a bike?", List.of(), true, null, null)), set.questions());
    }

    @Test
    void aFileWithoutQuestionsIsAnEmptySet() throws IOException {
        assertEquals(List.of(), QuestionSet.read(write("{\"about\": \"nothing yet\"}")).questions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"questions\": [", "not json at all", "{\"questions\": {\"id\": 1}}", "",
        "{\"questions\": [{\"id\": \"a\", \"q\": \"x\", \"expect\": \"not a list\", \"abstain\": \"maybe\"}]}"})
    void aMalformedFileIsRefusedNamingIt(String json) throws IOException {
        Path file = write(json);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionSet.read(file));

        assertTrue(e.getMessage().startsWith(file + " is not a question file: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        Path missing = dir.resolve("missing.json");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionSet.read(missing));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\": \"x9\", \"q\": \"What is G?\"}",
        "{\"id\": \"x9\", \"q\": \"What is G?\", \"expect\": []}",
        "{\"id\": \"x9\", \"q\": \"What is G?\", \"abstain\": false}",
        "{\"id\": \"x9\", \"expect\": [\"G\"]}"})
    void aQuestionWithoutTextOrWithoutExpectationIsRefused(String question) throws IOException {
        Path file = write("{\"questions\": [{\"id\": \"ok\", \"q\": \"fine\", \"abstain\": true}, " + question + "]}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionSet.read(file));

        assertEquals(file + ": question 'x9' needs a 'q' and either 'expect' phrases or \"abstain\": true", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"questions-tuning.json", "questions-shared-dev.json"})
    void theProjectsQuestionFilesAreValid(String name) {
        QuestionSet set = QuestionSet.read(Path.of("src/test/resources/eval", name));

        assertTrue(set.questions().size() >= 30, name + " has " + set.questions().size() + " questions");
        assertTrue(set.questions().stream().anyMatch(EvalQuestion::abstain), name + " has no out-of-scope question");
        assertEquals(set.questions().size(), set.questions().stream().map(EvalQuestion::id).distinct().count(),
                name + ": ids must be unique");
    }
}
