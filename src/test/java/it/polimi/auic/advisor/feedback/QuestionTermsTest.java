package it.polimi.auic.advisor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.knowledge.Glossary;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Question terms read through the glossary: a student's word and the regulation's word count as one. */
class QuestionTermsTest {

    /** A glossary of these rule lines, as staff would write them in knowledge/glossary.txt. */
    private static QuestionTerms terms(String... rules) {
        Path file = Path.of("glossary.txt");
        List<Glossary.Rule> lines = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            lines.add(new Glossary.Rule(i + 1, rules[i]));
        }
        Glossary empty = Glossary.empty(file);
        return QuestionTerms.withGlossary(new Glossary(file, lines, empty.map(), empty.italian()));
    }

    @Test
    void aStudentsItalianWordMeetsTheEnglishOneOfAOneWayRule() {
        QuestionTerms terms = terms("mensa => canteen");

        assertEquals(terms.of("where is the canteen"), terms.of("dov'è la mensa"));
        assertNotEquals(QuestionTerms.PLAIN.of("where is the canteen"), QuestionTerms.PLAIN.of("dov'è la mensa"),
                "without the rule the two have no word in common");
    }

    @Test
    void everyWordOfAnEquivalenceRuleCountsAsOne() {
        QuestionTerms terms = terms("cfu, ects, credits, crediti");

        Set<Set<String>> asked = Stream.of("internship cfu", "internship ECTS", "internship credits",
                "crediti internship").map(terms::of).collect(Collectors.toSet());
        assertEquals(1, asked.size(), asked.toString());
    }

    @Test
    void aOneWayRuleJoinsTheStudentsWordsWithTheFirstRegulationWordOnly() {
        QuestionTerms terms = terms("tasse, tassa => payment, fee");

        assertEquals(terms.of("late payment"), terms.of("late tasse"));
        assertEquals(terms.of("tassa"), terms.of("tasse"));
        assertNotEquals(terms.of("late fee"), terms.of("late payment"),
                "two regulation words listed together are not the same thing");
    }

    @Test
    void rulesSharingAWordMakeOneClass() {
        QuestionTerms terms = terms("mensa => canteen", "cafeteria, canteen");

        assertEquals(terms.of("mensa hours"), terms.of("cafeteria hours"));
    }

    @Test
    void aPhraseIsMatchedWholeStopWordsIncluded() {
        QuestionTerms terms = terms("piano di studi => study plan", "how long => duration");

        assertEquals(terms.of("study plan deadline"), terms.of("deadline of the piano di studi"));
        assertEquals(terms.of("erasmus duration"), terms.of("how long is erasmus"));
        assertEquals(Set.of("long", "wait"), terms.of("wait long"),
                "'long' alone is not the phrase 'how long'");
    }

    @Test
    void aStopWordTheGlossaryListsStillSaysNothingAlone() {
        QuestionTerms terms = terms("info => information");

        assertEquals(Set.of("visa"), terms.of("info about visa"));
    }

    @Test
    void theShippedGlossaryPutsItalianAndEnglishWordingsTogether() {
        QuestionTerms terms = QuestionTerms.withGlossary(KnowledgeLoader.load(Path.of("knowledge")).glossary());

        assertEquals(terms.of("how many credits for the internship?"), terms.of("quanti CFU per il tirocinio?"));
        assertEquals(terms.of("study plan deadline"), terms.of("scadenza piano di studi"));
    }

    @Test
    void theShippedGlossaryMixesNoTopicsOfTheGroupingFixture() throws IOException {
        QuestionTerms terms = QuestionTerms.withGlossary(KnowledgeLoader.load(Path.of("knowledge")).glossary());
        List<String[]> fixture = new ArrayList<>();
        try (InputStream in = QuestionTermsTest.class.getResourceAsStream("/feedback/questions.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    fixture.add(line.split("\\|", 2));
                }
            }
        }

        for (List<String[]> group : QuestionGrouper.group(fixture, asked -> asked[1].strip(), terms)) {
            Set<String> topics = group.stream().map(asked -> asked[0].strip()).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(topics.size() == 1, "one group mixes " + topics);
        }
    }
}
