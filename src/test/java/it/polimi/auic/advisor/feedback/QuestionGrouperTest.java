package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionGrouperTest {

    /** One fixture line: the topic a person would file it under, and the question as typed. */
    private record Asked(String topic, String question) {
    }

    private static final List<Asked> FIXTURE = fixture();

    @Test
    void theIssuesExampleIsOneGroupAndVisaAnother() {
        List<List<String>> groups = QuestionGrouper.group(List.of(
                "How do I find accommodation in Milan?",
                "where to find accommodation milan",
                "visa for non-EU students"), q -> q);

        assertEquals(2, groups.size(), groups.toString());
        assertTrue(groups.contains(List.of("How do I find accommodation in Milan?", "where to find accommodation milan")),
                groups.toString());
        assertTrue(groups.contains(List.of("visa for non-EU students")), groups.toString());
    }

    @Test
    void noGroupOfTheFixtureMixesTopics() {
        for (List<Asked> group : QuestionGrouper.group(FIXTURE, Asked::question)) {
            Set<String> topics = group.stream().map(Asked::topic).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(1, topics.size(), "one group mixes " + topics + ": " + group);
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I find accommodation in Milan?         | where to find accommodation milan
            How do I find accommodation in Milan?         | Accommodation in Milan for international students?
            visa for non-EU students                      | How do I get a student visa?
            How many workshop credits can be recognised?  | Can workshop credits be recognised?
            When is the Erasmus deadline?                 | deadline for erasmus application?
            Can I write my thesis abroad?                 | is it possible to do the thesis abroad
            How many credits is the internship worth?     | internship credits
            How much are the tuition fees?                | what are the tuition fees for international students
            Is there any scholarship?                     | scholarships for international students
            What is the minimum attendance for the studio? | minimum attendance studio
            Come trovo un alloggio a Milano?              | alloggio Milano
            """)
    void fixtureQuestionsAboutOneThingShareAGroup(String one, String other) {
        assertEquals(groupOf(one), groupOf(other));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I find accommodation in Milan?   | visa for non-EU students
            Accommodation in Milan for international students? | scholarships for international students
            When is the Erasmus deadline?           | Alliance4Tech deadline
            internship credits                      | workshop credits recognition
            How many credits is the internship worth? | How many workshop credits can be recognised?
            tuition fees                            | scholarship
            """)
    void fixtureQuestionsAboutDifferentThingsStayApart(String one, String other) {
        assertNotEquals(groupOf(one), groupOf(other));
    }

    @Test
    void theGroupsDoNotDependOnTheOrderQuestionsCameIn() {
        Set<Set<String>> expected = asSets(QuestionGrouper.group(FIXTURE, Asked::question), Asked::question);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<Asked> shuffled = new ArrayList<>(FIXTURE);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, asSets(QuestionGrouper.group(shuffled, Asked::question), Asked::question));
        }
    }

    @Test
    void questionsWithoutATopicOnlyGroupWithTheSameText() {
        List<List<String>> groups = QuestionGrouper.group(List.of("hello", "Hello ", "thanks", "🙂", "🙂"), q -> q);

        assertEquals(Set.of(Set.of("hello", "Hello "), Set.of("thanks"), Set.of("🙂")), asSets(groups, q -> q));
    }

    @Test
    void stemsDropAskingWordsInEnglishAndItalian() {
        assertEquals(Set.of("accommod", "milan"), QuestionTerms.PLAIN.of("Where can I find accommodation in Milan, please?"));
        assertEquals(Set.of("alloggio", "milano"), QuestionTerms.PLAIN.of("Dove posso trovare l'alloggio a Milano?"));
    }

    private static <T> Set<Set<String>> asSets(List<List<T>> groups, Function<T, String> text) {
        return groups.stream()
                .map(group -> group.stream().map(text).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static int groupOf(String question) {
        Map<String, Integer> index = new HashMap<>();
        List<List<Asked>> groups = QuestionGrouper.group(FIXTURE, Asked::question);
        for (int i = 0; i < groups.size(); i++) {
            for (Asked asked : groups.get(i)) {
                index.put(asked.question(), i);
            }
        }
        Integer group = index.get(question);
        assertTrue(group != null, "not in the fixture: " + question);
        return group;
    }

    private static List<Asked> fixture() {
        try (InputStream in = QuestionGrouperTest.class.getResourceAsStream("/feedback/questions.txt")) {
            List<Asked> asked = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 2);
                asked.add(new Asked(parts[0].strip(), parts[1].strip()));
            }
            return List.copyOf(asked);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
