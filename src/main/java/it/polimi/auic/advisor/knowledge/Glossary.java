package it.polimi.auic.advisor.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import it.polimi.auic.advisor.language.Language;

/**
 * The staff's glossary of words students use for the same thing ({@code knowledge/glossary.txt}), in the
 * widely documented Solr synonyms format: {@code cfu, ects, credits} (all equivalent) or
 * {@code tirocinio => traineeship} (one way); {@code #} starts a note.
 *
 * @param file    where it was read from
 * @param rules   the rule lines, each with its line number
 * @param map     the rules compiled for Lucene's synonym filter, words normalised by {@link Terms} (English)
 * @param italian the same rules with words normalised the Italian way, for Italian questions
 */
public record Glossary(Path file, List<Rule> rules, SynonymMap map, SynonymMap italian) {

    /** One line of the glossary. */
    public record Rule(int line, String text) {

        /** The words a student may write: the left side of "a => b", every word of "a, b, c". */
        public List<String> sources() {
            int arrow = text.indexOf("=>");
            return words(arrow < 0 ? text : text.substring(0, arrow));
        }

        /** The words a rule finds: the right side of "a => b", every word of "a, b, c". */
        public List<String> targets() {
            int arrow = text.indexOf("=>");
            return words(arrow < 0 ? text : text.substring(arrow + 2));
        }

        /** Whether this is a one-way rule, "a => b". */
        public boolean oneWay() {
            return text.contains("=>");
        }

        /** The rule with case, spacing and the order of its words ignored, to spot the same rule twice. */
        static String canonical(String text) {
            int arrow = text.indexOf("=>");
            if (arrow < 0) {
                return String.join(",", sorted(words(text)));
            }
            return String.join(",", sorted(words(text.substring(0, arrow)))) + "=>"
                    + String.join(",", sorted(words(text.substring(arrow + 2))));
        }

        private static List<String> words(String side) {
            return java.util.Arrays.stream(side.split(","))
                    .map(w -> w.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))
                    .filter(w -> !w.isEmpty())
                    .toList();
        }

        private static List<String> sorted(List<String> words) {
            return words.stream().sorted().toList();
        }
    }

    public Glossary {
        rules = List.copyOf(rules);
    }

    /** How glossary words are normalised: as every other word ({@link Terms}), stop words kept. */
    public static Analyzer termAnalyzer() {
        return Terms.analyzer(CharArraySet.EMPTY_SET);
    }

    /** The compiled rules for questions in {@code language}. */
    public SynonymMap map(Language language) {
        return language == Language.IT ? italian : map;
    }

    /**
     * Reads the rules. The whole glossary is compiled at once; only when that fails is each line compiled on
     * its own, to tell staff which lines are at fault (compiling line by line every time would slow every
     * start and every reload). A rule written twice goes to {@code warnings}.
     */
    static Glossary parse(SourceLines source, List<Problem> problems, List<Problem> warnings) {
        List<Rule> rules = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        try (Analyzer analyzer = termAnalyzer()) {
            for (int n = 1; n <= source.size(); n++) {
                String line = source.line(n).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String error = shapeProblem(line);
                if (error == null) {
                    rules.add(new Rule(n, line));
                    Integer earlier = seen.putIfAbsent(Rule.canonical(line), n);
                    if (earlier != null) {
                        warnings.add(new Problem(source.file(), n, "the same rule is already at line " + earlier
                                + "; delete one of the two"));
                    }
                } else {
                    problems.add(new Problem(source.file(), n, error));
                }
            }
            try {
                return compiled(source.file(), rules, analyzer);
            } catch (IllegalArgumentException | IllegalStateException wholeFailed) {
                List<Rule> good = new ArrayList<>();
                for (Rule rule : rules) {
                    String error = compileProblem(rule.text(), analyzer);
                    if (error == null) {
                        good.add(rule);
                    } else {
                        problems.add(new Problem(source.file(), rule.line(), error));
                    }
                }
                return compiled(source.file(), good, analyzer);
            }
        }
    }

    /** An empty glossary, for tests and for a knowledge folder without one. */
    public static Glossary empty(Path file) {
        try (Analyzer analyzer = termAnalyzer()) {
            return compiled(file, List.of(), analyzer);
        }
    }

    private static Glossary compiled(Path file, List<Rule> rules, Analyzer english) {
        try (Analyzer italian = Terms.analyzer(CharArraySet.EMPTY_SET, Language.IT)) {
            return new Glossary(file, rules, compile(rules, english), compile(rules, italian));
        }
    }

    /** What is wrong with the shape of a line, before Lucene reads it; {@code null} when nothing. */
    private static String shapeProblem(String line) {
        if (!line.contains(",") && !line.contains("=>")) {
            return "a glossary line lists at least two words separated by ',' (or 'a => b'), got '" + line + "'";
        }
        int arrow = line.indexOf("=>");
        if (arrow >= 0 && (line.substring(0, arrow).isBlank() || line.substring(arrow + 2).isBlank())) {
            // Lucene accepts a one-sided rule and silently maps nothing: surely a rule left unfinished.
            return "a glossary line 'a => b' needs words on both sides of '=>', got '" + line + "'";
        }
        return null;
    }

    /** Why Lucene cannot read a line on its own; {@code null} when it can. */
    private static String compileProblem(String line, Analyzer analyzer) {
        try {
            compile(List.of(new Rule(0, line)), analyzer);
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "cannot read '" + line + "': " + e.getMessage();
        }
    }

    private static SynonymMap compile(List<Rule> rules, Analyzer analyzer) {
        StringBuilder text = new StringBuilder();
        rules.forEach(rule -> text.append(keepingTheStudentsWords(rule.text())).append('\n'));
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(text.toString()));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException(cause(e), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot compile the glossary: " + e.getMessage(), e);
        }
    }

    /**
     * "a => b" means a student's "a" is also read as "b": the words on the left stay in the question. Lucene
     * alone would replace them, and a student's word that the regulations use too ("apply", "criteria",
     * "teacher") would then no longer find them.
     */
    static String keepingTheStudentsWords(String rule) {
        int arrow = rule.indexOf("=>");
        if (arrow < 0) {
            return rule;
        }
        return rule.substring(0, arrow).strip() + " => " + rule.substring(0, arrow).strip() + ", "
                + rule.substring(arrow + 2).strip();
    }

    private static String cause(ParseException e) {
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    }
}
