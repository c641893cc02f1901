package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.FaqEntry;
import it.polimi.auic.advisor.knowledge.Verbatim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Picks what a reply quotes from the passage an answer rests on: the answer staff named for a FAQ entry
 * that asks what the student asked, or else the passage's best units ({@link QuoteUnits}: sentences, list
 * items with their introduction, short lists).
 *
 * <p>A unit scores by the question's words it holds, in any of their forms (so the glossary counts: "CFU"
 * finds "ECTS"), each weighted by its rarity in the regulations, by its rarity among the passage's own
 * sentences (the passage is already the right one: a word in all its sentences does not tell them apart)
 * and by whether it is in the sentence that asks; shorter units are preferred a little, and a unit holding
 * the kind of fact asked for (a number for "how many", a date for "when") gets a bonus.
 */
final class QuoteSelector {

    /** Two units are quoted together only while they fit a phone screen. */
    static final int MAX_QUOTE_CHARS = 480;
    /** How much more a unit holding the kind of fact asked for counts. */
    static final double ANSWER_TYPE_BONUS = 0.6;
    /** A second unit is quoted when it scores at least this share of the best one and adds a word of the question. */
    static final double SECOND_UNIT_SHARE = 0.6;
    /** The sentence after the best one joins it when it holds at least this share of the best one's words. */
    static final double FOLLOWING_SHARE = 0.3;
    /** A unit this close to the best one's own words may hold the fact a strict question asks for. */
    static final double STRICT_CANDIDATE_SHARE = 0.5;
    /**
     * A FAQ entry one of whose phrasings holds this share of the question's word weight asks what the student
     * asked, whatever words its answer has (staff may name a sentence that shares none with the question).
     */
    static final double SURE_FAQ_COVERAGE = 0.6;
    /**
     * Below that, an entry that shares the question's topic gives its answer only when the answer holds the
     * question's words about as well as the passage's best unit.
     */
    static final double FAQ_WORDS_SHARE = 0.7;
    /** What the words of an item's introducing line count, beside the item's own. */
    private static final double INTRO_SHARE = 0.5;
    private static final double LENGTH_PIVOT = 200;
    private static final double LENGTH_SLOPE = 0.25;

    private final Analyzer analyzer;
    private final double faqCoverage;

    /**
     * @param analyzer    the analysis of the question's language
     * @param faqCoverage a FAQ entry asks what the student asked when one of its phrasings holds at least this
     *                    share of the question's word weight
     */
    QuoteSelector(Analyzer analyzer, double faqCoverage) {
        this.analyzer = analyzer;
        this.faqCoverage = faqCoverage;
    }

    /** A unit and what it scores for the question: on words alone, and with the answer-type bonus. */
    private record Scored(QuoteUnit unit, double words, double score, boolean holdsFact, Set<String> matched) {
    }

    /**
     * The quote for the question from {@code passage}: the answer of a matched FAQ entry that asks what the
     * student asked (one of its phrasings holds at least {@code faqCoverage} of the question's word weight;
     * the best-scoring such entry, preferring one whose answer holds the kind of fact asked for), otherwise
     * the passage's best units.
     */
    Quote select(QueryPlan plan, Passage passage, Optional<AnswerType> type, List<FaqMatch> faq) {
        Scoring scoring = new Scoring(plan, passage.text(), type);
        List<Scored> scored = scoring.units();
        double bestUnit = scored.isEmpty() ? 0 : scored.get(0).score();
        Optional<FaqMatch> asking = faq.stream()
                .max(Comparator.comparingDouble(m -> m.score() * m.covers() * (holdsFact(m.entry(), type) ? 2 : 1)))
                .filter(m -> m.covers() >= SURE_FAQ_COVERAGE
                        || m.covers() >= faqCoverage && scoring.answer(m.entry()) >= FAQ_WORDS_SHARE * bestUnit);
        if (asking.isPresent()) {
            return faqAnswer(asking.get().entry(), passage);
        }
        if (scored.isEmpty() || bestUnit <= 0) {
            List<QuoteUnit> units = QuoteUnits.of(passage.text());
            String opening = units.isEmpty() ? passage.text() : render(passage.text(), List.of(units.get(0)));
            return new Quote(lines(opening), Quote.Origin.OPENING);
        }
        return bestUnits(passage.text(), scored);
    }

    private static boolean holdsFact(FaqEntry entry, Optional<AnswerType> type) {
        return type.isPresent() && entry.answers().stream().anyMatch(a -> type.get().foundIn(a.text()));
    }

    /**
     * Whether the passage states a fact of the strict {@code type}: in one of the sentences or items that
     * match the question about as well as the best one (on words alone; a whole list would always hold some
     * number).
     */
    boolean statesFact(QueryPlan plan, Passage passage, AnswerType type) {
        List<Scored> scored = new Scoring(plan, passage.text(), Optional.of(type)).units().stream()
                .filter(s -> s.unit().kind() != QuoteUnit.Kind.LIST)
                .toList();
        double best = scored.stream().mapToDouble(Scored::words).max().orElse(0);
        return scored.stream().anyMatch(s -> s.words() > 0 && s.words() >= STRICT_CANDIDATE_SHARE * best
                && s.holdsFact());
    }

    /** The largest share of the question's word weight one sentence or item of the passage holds. */
    double bestUnitCoverage(QueryPlan plan, Passage passage) {
        double total = plan.totalWeight();
        if (total == 0) {
            return 0;
        }
        Scoring scoring = new Scoring(plan, passage.text(), Optional.empty());
        double best = 0;
        for (int i = 0; i < scoring.units.size(); i++) {
            if (scoring.units.get(i).kind() == QuoteUnit.Kind.LIST) {
                continue;
            }
            double held = 0;
            for (QueryWord word : plan.words()) {
                if (holds(word, scoring.own.get(i)) || holds(word, scoring.intro.get(i))) {
                    held += word.coveredWeight();
                }
            }
            best = Math.max(best, held / total);
        }
        return best;
    }

    /**
     * The FAQ entry's answer as the passage has it (its own characters, in its order); an answer that lies
     * in another part of a long section is quoted as staff wrote it, after the others.
     */
    static Quote faqAnswer(FaqEntry entry, Passage passage) {
        record Located(int at, String text) {
        }
        List<Located> located = new ArrayList<>();
        for (FaqEntry.Answer answer : entry.answers()) {
            located.add(Verbatim.find(passage.text(), answer.text())
                    .map(span -> new Located(span[0], passage.text().substring(span[0], span[1])))
                    .orElse(new Located(Integer.MAX_VALUE, answer.text())));
        }
        located.sort(Comparator.comparingInt(Located::at));
        return new Quote(located.stream().map(Located::text).toList(), Quote.Origin.FAQ_ANSWER);
    }

    /** The best unit, with a second one when it scores close, adds a word of the question and fits. */
    private static Quote bestUnits(String text, List<Scored> scored) {
        Scored best = scored.get(0);
        List<QuoteUnit> chosen = new ArrayList<>(List.of(best.unit()));
        if (best.unit().kind() != QuoteUnit.Kind.LIST) {
            for (Scored other : scored.subList(1, scored.size())) {
                if (other.score() < SECOND_UNIT_SHARE * best.score()) {
                    break;
                }
                if (fitsBeside(best.unit(), other.unit()) && !best.matched().containsAll(other.matched())) {
                    chosen.add(other.unit());
                    break;
                }
            }
            if (chosen.size() == 1) {
                following(best, scored).filter(next -> fitsBeside(best.unit(), next.unit()))
                        .ifPresent(next -> chosen.add(next.unit()));
            }
        }
        return new Quote(lines(render(text, chosen)), Quote.Origin.BEST_UNITS);
    }

    /**
     * The sentence right after the best one on the same line, when it goes on about the question ("Students
     * may also register after the deadline. In fact, they may register up until midnight …"): a rule often
     * takes two sentences.
     */
    private static Optional<Scored> following(Scored best, List<Scored> scored) {
        return scored.stream()
                .filter(s -> s.unit().kind() == QuoteUnit.Kind.SENTENCE && best.unit().kind() == QuoteUnit.Kind.SENTENCE)
                .filter(s -> s.unit().start() > best.unit().end() && s.unit().start() - best.unit().end() <= 2)
                .filter(s -> s.words() >= FOLLOWING_SHARE * best.words())
                .findFirst();
    }

    /** The question's words weighed against one passage. */
    private final class Scoring {
        private final QueryPlan plan;
        private final String text;
        private final Optional<AnswerType> type;
        private final List<QuoteUnit> units;
        private final List<Set<String>> own = new ArrayList<>();
        private final List<Set<String>> intro = new ArrayList<>();
        private final Map<String, Double> local;

        Scoring(QueryPlan plan, String text, Optional<AnswerType> type) {
            this.plan = plan;
            this.text = text;
            this.type = type;
            this.units = QuoteUnits.of(text);
            for (QuoteUnit unit : units) {
                own.add(terms(unit.ownText(text)));
                intro.add(terms(unit.introText(text)));
            }
            this.local = localRarity();
        }

        /** Every unit, best first (ties in reading order). */
        List<Scored> units() {
            List<Scored> scored = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                scored.add(score(units.get(i), own.get(i), intro.get(i)));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparingInt(s -> s.unit().start()));
            return scored;
        }

        /** What a FAQ entry's answer scores, scored as one unit. */
        double answer(FaqEntry entry) {
            String answer = String.join("\n", entry.answers().stream().map(FaqEntry.Answer::text).toList());
            return score(answer, terms(answer), Set.of(), 0).score();
        }

        private Scored score(QuoteUnit unit, Set<String> ownTerms, Set<String> introTerms) {
            boolean wholeListAsked = type.isPresent() && type.get().wantsList();
            // A list asked for whole is about what its introduction says ("International mobility is distinguished in:").
            double introShare = wholeListAsked && unit.kind() == QuoteUnit.Kind.LIST ? 1 : INTRO_SHARE;
            Scored scored = score(unit.ownText(text), ownTerms, introTerms, introShare);
            boolean holdsFact = type.isPresent() && (wholeListAsked ? unit.kind() == QuoteUnit.Kind.LIST
                    : statesNewFact(type.get(), unit.content(text)));
            double score = holdsFact ? scored.words() * (1 + ANSWER_TYPE_BONUS) : scored.words();
            return new Scored(unit, scored.words(), score, holdsFact, scored.matched());
        }

        private Scored score(String ownText, Set<String> ownTerms, Set<String> introTerms, double introShare) {
            double words = 0;
            Set<String> matched = new HashSet<>();
            for (QueryWord word : plan.words()) {
                double weight = word.weight() * local.get(word.term());
                if (holds(word, ownTerms)) {
                    words += weight;
                    matched.add(word.term());
                } else if (holds(word, introTerms)) {
                    words += introShare * weight;
                    matched.add(word.term());
                }
            }
            words /= 1 + LENGTH_SLOPE * ownText.length() / LENGTH_PIVOT;
            boolean holdsFact = type.isPresent() && statesNewFact(type.get(), ownText);
            double score = holdsFact ? words * (1 + ANSWER_TYPE_BONUS) : words;
            return new Scored(null, words, score, holdsFact, matched);
        }

        /**
         * How rare each question word is among the passage's sentences and items: the passage is already the
         * one that answers, so a word in every sentence of it ("ATHENS" in the ATHENS section) says nothing
         * about which sentence answers, and one in a single sentence ("created") says most.
         */
        private Map<String, Double> localRarity() {
            int total = 0;
            Map<String, Integer> holding = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i).kind() == QuoteUnit.Kind.LIST) {
                    continue;
                }
                total++;
                for (QueryWord word : plan.words()) {
                    if (holds(word, own.get(i))) {
                        holding.merge(word.term(), 1, Integer::sum);
                    }
                }
            }
            Map<String, Double> rarity = new HashMap<>();
            for (QueryWord word : plan.words()) {
                int n = holding.getOrDefault(word.term(), 0);
                rarity.put(word.term(), Math.log(1 + (total - n + 0.5) / (n + 0.5)));
            }
            return rarity;
        }

        /**
         * Whether the text states a fact of the kind asked for beyond what the question itself says: for "can I
         * defer to the second semester, and when?", "second semester" is the question's own period, and the
         * answer is the sentence with "from June to August".
         */
        private boolean statesNewFact(AnswerType asked, String ownText) {
            for (String fact : asked.factsIn(ownText)) {
                Set<String> factTerms = terms(fact);
                if (factTerms.isEmpty() || !plan.forms().containsAll(factTerms)) {
                    return true;
                }
            }
            return false;
        }

        private Set<String> terms(String words) {
            Set<String> terms = new HashSet<>();
            if (!words.isEmpty()) {
                Tokens.of(analyzer, SearchFields.of(plan.language()).body(), words).forEach(t -> terms.add(t.term()));
            }
            return terms;
        }
    }

    private static boolean holds(QueryWord word, Set<String> terms) {
        return word.forms().stream().anyMatch(f -> SameWord.in(f, terms));
    }

    /** A second unit goes with the first when it adds text of its own and both fit a phone screen. */
    private static boolean fitsBeside(QuoteUnit first, QuoteUnit second) {
        if (second.kind() == QuoteUnit.Kind.LIST || second.overlaps(first)
                || first.hasIntro() && second.start() >= first.introStart() && second.end() <= first.introEnd()
                || second.hasIntro() && first.start() >= second.introStart() && first.end() <= second.introEnd()) {
            return false;
        }
        boolean sharedIntro = first.hasIntro() && first.introStart() == second.introStart();
        int length = first.length() + second.length() - (sharedIntro ? first.introEnd() - first.introStart() : 0);
        return length <= MAX_QUOTE_CHARS;
    }

    /** The non-blank lines of a quote, each stripped. */
    private static List<String> lines(String quote) {
        return quote.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The units' text in reading order, each introducing line once, a line per piece. */
    private static String render(String text, List<QuoteUnit> units) {
        List<QuoteUnit> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparingInt(QuoteUnit::start));
        List<String> lines = new ArrayList<>();
        int introShown = -1;
        for (QuoteUnit unit : ordered) {
            if (unit.hasIntro() && unit.introStart() != introShown) {
                lines.add(unit.introText(text));
                introShown = unit.introStart();
            }
            lines.add(unit.ownText(text));
        }
        return String.join("\n", lines);
    }
}
