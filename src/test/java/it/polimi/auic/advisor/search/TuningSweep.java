package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.evaluation.EvalQuestion;
import it.polimi.auic.advisor.evaluation.QuestionSet;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Prints R@1, shown and refusals of question files for variants of the tuning, in one process, so a knob is
 * tried on the tuning sets without building the jar each time. "Shown" here is the quote holding an
 * expected phrase (the reply adds only the citation and "see also" labels).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=it.polimi.auic.advisor.search.TuningSweep -Dexec.args="FILE..."
 * </pre>
 */
public final class TuningSweep {

    private TuningSweep() {
    }

    public static void main(String[] args) {
        SearchIndex index = SearchIndex.build(KnowledgeLoader.load(Path.of("knowledge")));
        List<UnaryOperator<SearchTuning>> variants = variants();
        for (int v = 0; v < variants.size(); v++) {
            SearchTuning tuning = variants.get(v).apply(SearchTuning.DEFAULT);
            RegulationSearch search = new RegulationSearch(index, tuning);
            StringBuilder line = new StringBuilder("variant " + v + ":");
            for (String file : args) {
                line.append(figures(search, Path.of(file)));
            }
            System.out.println(line);
        }
    }

    /** Edit here the variants to compare; the first is the default. */
    static List<UnaryOperator<SearchTuning>> variants() {
        List<UnaryOperator<SearchTuning>> variants = new ArrayList<>();
        variants.add(t -> t);
        for (double coverage : new double[] {0.3, 0.5, 0.6}) {
            variants.add(t -> new SearchTuning(t.bodyBoost(), t.headingBoost(), t.faqBoost(), t.unitBoost(),
                    t.fuzzyBoost(), t.faqMatchBonus(), t.minCoverage(), t.confidence(), t.seeAlsoRatio(),
                    t.maxQuestionChars(), coverage));
        }
        return variants;
    }

    private static String figures(RegulationSearch search, Path file) {
        int n = 0;
        int r1 = 0;
        int shown = 0;
        int abstain = 0;
        int refused = 0;
        for (EvalQuestion q : QuestionSet.read(file).questions()) {
            SearchResult result = search.search(q.question());
            if (q.abstain()) {
                abstain++;
                refused += result.answers().isEmpty() ? 1 : 0;
                continue;
            }
            n++;
            if (!result.answers().isEmpty() && q.accepts(result.answers().get(0).passage().text())) {
                r1++;
                if (result.quote().isPresent() && q.accepts(result.quote().get().text())) {
                    shown++;
                }
            }
        }
        return String.format(Locale.ROOT, "  %s R@1 %.3f shown %.3f refused %d/%d",
                file.getFileName().toString().replace(".json", ""), r1 / (double) n, shown / (double) n, refused,
                abstain);
    }
}
