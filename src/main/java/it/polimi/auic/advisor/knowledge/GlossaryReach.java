package it.polimi.auic.advisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Warns about glossary rules that find nothing: "a => b" leads a student's word to the regulations' word,
 * and one whose target occurs neither in the regulations nor in the FAQ ({@code practicum => traineship},
 * misspelt) changes no answer while looking like it does. Lists of equivalents ("mensa, canteen") are not
 * warned about: they also tell the report which students' words mean the same, wherever the words occur.
 */
final class GlossaryReach {

    private GlossaryReach() {
    }

    static void check(KnowledgeBase knowledge, List<Problem> warnings) {
        if (knowledge.glossary().rules().isEmpty()) {
            return;
        }
        try (Analyzer analyzer = Glossary.termAnalyzer()) {
            Set<String> known = new HashSet<>();
            Stream.concat(knowledge.sections().flatMap(s -> Stream.of(s.title(), s.body())),
                            knowledge.faq().stream().flatMap(e -> e.allPhrasings().stream()))
                    .forEach(text -> known.addAll(terms(analyzer, text)));
            for (Glossary.Rule rule : knowledge.glossary().rules()) {
                if (!rule.oneWay()) {
                    continue;
                }
                rule.targets().stream().filter(t -> !known.containsAll(terms(analyzer, t))).forEach(target ->
                        warnings.add(new Problem(knowledge.glossary().file(), rule.line(), "'" + target
                                + "' (after '=>') occurs nowhere in the regulations or the FAQ, so this rule finds "
                                + "nothing through it; check its spelling")));
            }
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        try (TokenStream tokens = analyzer.tokenStream("glossary", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            while (tokens.incrementToken()) {
                out.add(term.toString());
            }
            tokens.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
