package it.polimi.auic.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The glossary, the index and the questions meet only if words are normalised the same way. */
class TermsTest {

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Internships              | internship
            ECTS                     | ects
            student's                | student
            università               | universita
            perché                   | perche
            l'esame                  | esame
            dell'immatricolazione    | immatricolazione
            recognised               | recognise
            """)
    void variantsOfAWordMeet(String variant, String plain) throws IOException {
        try (Analyzer analyzer = Glossary.termAnalyzer()) {
            assertEquals(terms(analyzer, plain), terms(analyzer, variant));
            assertEquals(1, terms(analyzer, variant).size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the exam of the studio | exam,studio
            Quando è l'appello?    | quando,appello
            """)
    void stopWordsGivenAreDroppedAndTheGlossaryKeepsThem(String text, String kept) throws IOException {
        CharArraySet stop = new CharArraySet(List.of("the", "of", "e"), true);
        try (Analyzer withStop = Terms.analyzer(stop); Analyzer glossary = Glossary.termAnalyzer()) {
            List<String> expected = new ArrayList<>();
            for (String word : kept.split(",")) {
                expected.addAll(terms(glossary, word));
            }
            assertEquals(expected, terms(withStop, text));
            assertEquals(text.split("\\s+").length, terms(glossary, text).size());
        }
    }
}
