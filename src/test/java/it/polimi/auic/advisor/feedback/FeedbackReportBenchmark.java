package it.polimi.auic.advisor.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How long grouping takes on a full log (default settings: 5 files of 1 MiB, about 40,000 entries), so
 * that {@code report} and {@code /unanswered} stay quick however much was logged. Prints figures. Run:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     it.polimi.auic.advisor.feedback.FeedbackReportBenchmark [entries]
 * </pre>
 * Questions are drawn from a vocabulary of made-up words, a few wordings asked often and most asked once:
 * the worst case for grouping, since nearly every wording starts a group of its own.
 */
public final class FeedbackReportBenchmark {

    private FeedbackReportBenchmark() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        List<FeedbackEntry> log = syntheticLog(entries, new Random(42));
        for (int run = 1; run <= 6; run++) {
            long start = System.nanoTime();
            FeedbackReport report = FeedbackReport.build(log);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %,d entries -> %,d groups in %,d ms%n", run, entries, report.groups().size(), millis);
        }
    }

    private static List<FeedbackEntry> syntheticLog(int entries, Random random) {
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            vocabulary.add(word(random));
        }
        List<String> popular = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            popular.add(question(vocabulary, random));
        }
        List<FeedbackEntry> log = new ArrayList<>(entries);
        Instant time = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < entries; i++) {
            String question = random.nextInt(3) == 0 ? popular.get(random.nextInt(popular.size())) : question(vocabulary, random);
            log.add(FeedbackEntry.unanswered(time.plusSeconds(i * 60L), question));
        }
        return log;
    }

    private static String question(List<String> vocabulary, Random random) {
        StringBuilder question = new StringBuilder("How do I");
        int words = 2 + random.nextInt(6);
        for (int i = 0; i < words; i++) {
            question.append(' ').append(vocabulary.get((int) Math.abs(random.nextGaussian() * vocabulary.size() / 3) % vocabulary.size()));
        }
        return question.append('?').toString();
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int letters = 4 + random.nextInt(6);
        for (int i = 0; i < letters; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
