package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.knowledge.Glossary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The glossary read as classes of words that count as one for grouping: "mensa => canteen" puts "dov'è la
 * mensa" with "where is the canteen". A rule "a, b, c" puts all its words in one class; a rule "a, b => x, y"
 * puts the student's words a and b with x, the regulation's first word (not with y: two regulation words one
 * rule lists together are not the same thing). Classes sharing a word merge. Each class is named by its
 * alphabetically first member, so the name does not depend on the order of the file.
 *
 * <p>Words and phrases are compared as stems, normalised as every question is ({@link QuestionTerms}), with
 * stop words kept, so that "piano di studi" is matched whole.
 */
final class GlossaryClasses {

    static final GlossaryClasses NONE = new GlossaryClasses(Map.of());

    /** Glossary phrases (as stems) by their first stem, longest first. */
    private final Map<String, List<Phrase>> byFirstStem;

    /** One glossary word or phrase, and the name of its class. */
    record Phrase(List<String> stems, String canonical) {
    }

    private GlossaryClasses(Map<String, List<Phrase>> byFirstStem) {
        this.byFirstStem = byFirstStem;
    }

    static GlossaryClasses of(Glossary glossary) {
        Classes classes = new Classes();
        try (Analyzer analyzer = Glossary.termAnalyzer()) {
            for (Glossary.Rule rule : glossary.rules()) {
                List<String> sources = keys(analyzer, rule.sources());
                List<String> targets = keys(analyzer, rule.targets());
                if (rule.oneWay()) {
                    if (!targets.isEmpty()) {
                        sources.forEach(source -> classes.join(source, targets.get(0)));
                        targets.forEach(classes::add);
                    }
                } else {
                    sources.forEach(source -> classes.join(source, sources.get(0)));
                }
            }
        }
        Map<String, List<Phrase>> byFirstStem = new HashMap<>();
        for (String key : classes.keys()) {
            List<String> stems = List.of(key.split(" "));
            byFirstStem.computeIfAbsent(stems.get(0), first -> new ArrayList<>())
                    .add(new Phrase(stems, classes.name(key)));
        }
        byFirstStem.values().forEach(phrases -> phrases.sort(
                Comparator.comparingInt((Phrase p) -> -p.stems().size()).thenComparing(p -> String.join(" ", p.stems()))));
        return new GlossaryClasses(Map.copyOf(byFirstStem));
    }

    /** The longest glossary phrase starting at {@code stems[from]}, or {@code null} when none does. */
    Phrase longestAt(List<String> stems, int from) {
        for (Phrase phrase : byFirstStem.getOrDefault(stems.get(from), List.of())) {
            int length = phrase.stems().size();
            if (from + length <= stems.size() && stems.subList(from, from + length).equals(phrase.stems())) {
                return phrase;
            }
        }
        return null;
    }

    private static List<String> keys(Analyzer analyzer, List<String> words) {
        List<String> keys = new ArrayList<>();
        for (String word : words) {
            String key = String.join(" ", QuestionTerms.tokens(analyzer, word));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Union-find over glossary keys; a class is named by its alphabetically first key. */
    private static final class Classes {

        private final Map<String, String> parent = new HashMap<>();

        void add(String key) {
            parent.putIfAbsent(key, key);
        }

        void join(String a, String b) {
            String rootA = root(a);
            String rootB = root(b);
            if (rootA.compareTo(rootB) < 0) {
                parent.put(rootB, rootA);
            } else if (rootB.compareTo(rootA) < 0) {
                parent.put(rootA, rootB);
            }
        }

        /** The root is always the smallest key of its class, as joins keep the smaller root. */
        String name(String key) {
            return root(key);
        }

        List<String> keys() {
            return List.copyOf(parent.keySet());
        }

        private String root(String key) {
            add(key);
            String root = key;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            // Path compression keeps later look-ups short.
            for (String node = key; !node.equals(root); ) {
                String next = parent.get(node);
                parent.put(node, root);
                node = next;
            }
            return root;
        }
    }
}
