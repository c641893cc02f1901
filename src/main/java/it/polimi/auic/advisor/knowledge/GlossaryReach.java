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
 * Warns about glossary rules that find nothing: a rule leads a student's word to words of the regulations
 * or the FAQ, and one whose target occurs in neither ({@code practicum => traineship}, misspelt) changes no
 * answer while looking like it does.
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
                List<String> targets = rule.targets();
                List<String> unknown = targets.stream().filter(t -> !known.containsAll(terms(analyzer, t))).toList();
                if (rule.oneWay()) {
                    unknown.forEach(target -> warnings.add(new Problem(knowledge.glossary().file(), rule.line(),
                            "'" + target + "' (after '=>') occurs nowhere in the regulations or the FAQ, so this rule"
                                    + " finds nothing through it; check its spelling")));
                } else if (unknown.size() == targets.size()) {
                    warnings.add(new Problem(knowledge.glossary().file(), rule.line(), "none of these words occurs in "
                            + "the regulations or the FAQ, so this rule finds nothing; check their spelling, or "
                            + "write 'student's word => the regulations' word'"));
                }
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
