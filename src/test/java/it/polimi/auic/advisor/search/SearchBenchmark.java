package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.ChatCore;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.evaluation.EvalQuestion;
import it.polimi.auic.advisor.evaluation.QuestionSet;
import it.polimi.auic.advisor.knowledge.Document;
import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import it.polimi.auic.advisor.knowledge.Section;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Prints the speed of answering questions, next to a plain Lucene BM25 over the same sections:
 * start-up to the first answer, index build time, latency p50/p99 per question, questions per second on one
 * thread, heap after loading; and the quality of both on the evaluation sets, for context.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=it.polimi.auic.advisor.search.SearchBenchmark
 * </pre>
 * Run it on a quiet machine; the figures are wall-clock times.
 */
public final class SearchBenchmark {

    private static final Path KNOWLEDGE = Path.of("knowledge");
    private static final Path CONFIG = Path.of("config");
    private static final List<Path> QUESTION_FILES = List.of(
            Path.of("src/test/resources/eval/questions-tuning.json"),
            Path.of("src/test/resources/eval/questions-holdout.json"),
            Path.of("src/test/resources/eval/questions-shared-dev.json"));
    private static final int ROUNDS = 20;
    private static final int BUILDS = 10;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        long start = System.nanoTime();
        Advisor advisor = Advisor.load(KNOWLEDGE, CONFIG);
        advisor.chat().answer("Does studio attendance expire?", Language.EN);
        double firstAnswerMillis = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "start-up: JVM %d ms, then load and first answer %.0f ms (goal: under 2 s in all)%n",
                jvmStartMillis, firstAnswerMillis);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "heap in use after loading: %.1f MiB%n", heap / 1048576.0);

        List<EvalQuestion> questions = new ArrayList<>();
        for (Path file : QUESTION_FILES) {
            if (file.toFile().exists()) {
                questions.addAll(QuestionSet.read(file).questions());
            }
        }
        KnowledgeBase knowledge = KnowledgeLoader.load(KNOWLEDGE);

        System.out.println();
        System.out.println("advisor (analysis, glossary, FAQ, sentences, typo tolerance, confidence, quote):");
        double build = median(BUILDS, () -> SearchIndex.build(knowledge));
        System.out.printf(Locale.ROOT, "  index build: %.1f ms (median of %d)%n", build, BUILDS);
        ChatCore warmUp = Advisor.load(KNOWLEDGE, CONFIG).chat();
        questions.forEach(q -> warmUp.answer(q.question() + " again", Language.EN));
        ChatCore chat = advisor.chat();
        Function<String, List<String>> advisorAnswer = q -> chat.answer(q, Language.EN).result().answers().stream()
                .map(h -> h.passage().text()).toList();
        firstTime(questions, advisorAnswer);
        measure(questions, advisorAnswer);

        System.out.println();
        System.out.println("baseline (plain Lucene BM25 over section text, StandardAnalyzer):");
        double baselineBuild = median(BUILDS, () -> PlainBm25.build(knowledge));
        System.out.printf(Locale.ROOT, "  index build: %.1f ms (median of %d)%n", baselineBuild, BUILDS);
        PlainBm25 baseline = PlainBm25.build(knowledge);
        measure(questions, baseline::search);
    }

    /** Each question once, on a fresh index: no typo correction cached yet (JIT already warm). */
    private static void firstTime(List<EvalQuestion> questions, Function<String, List<String>> answer) {
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            answer.apply(questions.get(i).question());
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  latency, each question asked the first time: p50 %.2f ms, p99 %.2f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
    }

    private static void measure(List<EvalQuestion> questions, Function<String, List<String>> answer) {
        for (EvalQuestion q : questions) {
            answer.apply(q.question());
        }
        long[] nanos = new long[questions.size() * ROUNDS];
        int i = 0;
        long total = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (EvalQuestion q : questions) {
                long t = System.nanoTime();
                answer.apply(q.question());
                nanos[i++] = System.nanoTime() - t;
                total += nanos[i - 1];
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  latency, questions asked again: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d questions x %d)%n",
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6,
                questions.size(), ROUNDS);
        System.out.printf(Locale.ROOT, "  throughput on one thread: %.0f questions/s%n", nanos.length / (total / 1e9));
        int inScope = 0;
        int atOne = 0;
        int outOfScope = 0;
        int refused = 0;
        for (EvalQuestion q : questions) {
            List<String> texts = answer.apply(q.question());
            if (q.abstain()) {
                outOfScope++;
                refused += texts.isEmpty() ? 1 : 0;
            } else {
                inScope++;
                atOne += !texts.isEmpty() && q.accepts(texts.get(0)) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "  quality: Recall@1 %.3f on %d in-scope questions, %d/%d out-of-scope refused%n",
                atOne / (double) inScope, inScope, refused, outOfScope);
    }

    private static double median(int times, Runnable work) {
        work.run();
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return millis[times / 2];
    }

    /** The baseline: each section's text in one field, StandardAnalyzer, default BM25, never refuses. */
    private static final class PlainBm25 {
        private final IndexSearcher searcher;
        private final QueryBuilder queries = new QueryBuilder(new StandardAnalyzer());

        private PlainBm25(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        static PlainBm25 build(KnowledgeBase knowledge) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (Document document : knowledge.documents()) {
                    for (Section section : document.sections()) {
                        if (section.hasText()) {
                            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                            doc.add(new StringField("id", section.ref().toString(), Field.Store.YES));
                            doc.add(new TextField("body", section.body(), Field.Store.YES));
                            writer.addDocument(doc);
                        }
                    }
                }
                writer.commit();
                return new PlainBm25(new IndexSearcher(DirectoryReader.open(directory)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> search(String question) {
            Query query = queries.createBooleanQuery("body", question, BooleanClause.Occur.SHOULD);
            if (query == null) {
                return List.of();
            }
            try {
                List<String> texts = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, 5).scoreDocs) {
                    texts.add(searcher.storedFields().document(hit.doc).get("body"));
                }
                return texts;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
