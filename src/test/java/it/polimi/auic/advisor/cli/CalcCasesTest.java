package it.polimi.auic.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.polimi.auic.advisor.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code src/test/resources/eval/calc-cases.json} through {@code calc NAME --json} in-process,
 * checking what {@code ../shared/tools/advisor_eval.py calc} checks: the expected fields (numbers within 0.005)
 * and a non-empty findings list, or exit 2 with nothing on stdout and one stderr line without a stack trace.
 */
class CalcCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        JsonNode cases;
        try (InputStream in = CalcCasesTest.class.getResourceAsStream("/eval/calc-cases.json")) {
            cases = JSON.readTree(in).get("cases");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> run(c)));
        }
        return tests.stream();
    }

    private static void run(JsonNode c) throws IOException {
        String stdin = JSON.writeValueAsString(c.get("input"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"calc", c.get("calc").asText(), "--json"},
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (c.has("exit")) {
            assertEquals(c.get("exit").asInt(), code, "exit code; stdout=" + stdout + " stderr=" + stderr);
            assertTrue(stdout.isBlank(), "stdout must be empty: " + stdout);
            assertFalse(stderr.isBlank(), "stderr must say what is wrong");
            assertEquals(1, stderr.strip().lines().count(), "one stderr line: " + stderr);
            assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), "no stack trace: " + stderr);
            return;
        }
        assertEquals(0, code, "exit code; stderr=" + stderr);
        JsonNode output = JSON.readTree(stdout);
        List<String> misses = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> expected = c.get("expect").properties().iterator();
        while (expected.hasNext()) {
            Map.Entry<String, JsonNode> field = expected.next();
            JsonNode got = at(output, field.getKey());
            JsonNode want = field.getValue();
            boolean same = want.isNumber() && got != null && got.isNumber()
                    ? Math.abs(got.doubleValue() - want.doubleValue()) <= 0.005
                    : want.equals(got);
            if (!same) {
                misses.add(field.getKey() + "=" + got + " want " + want);
            }
        }
        if (!output.path("findings").isArray() || output.path("findings").isEmpty()) {
            misses.add("no findings");
        }
        if (!misses.isEmpty()) {
            fail(String.join(", ", misses) + " in " + stdout);
        }
    }

    /** The value at a dotted path; null where the path does not exist (a JSON null is a NullNode). */
    private static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            if (current == null || !current.isObject() || !current.has(part)) {
                return null;
            }
            current = current.get(part);
        }
        return current;
    }
}
