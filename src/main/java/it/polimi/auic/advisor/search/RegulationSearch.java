package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.language.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the passages that answer a question: the question is analysed in its own language, one Lucene
 * search runs over passages, their sentences and FAQ phrasings, matches are credited to the passage they
 * belong to; then the decision whether the question is about the regulations, and what the reply quotes.
 */
public final class RegulationSearch {

    /** At most this many passages are returned, as the CLI contract caps answers. */
    public static final int MAX_ANSWERS = 5;
    /**
     * How many Lucene documents (passages, sentences, FAQ phrasings) are read before they are credited to their
     * passages: with some 4,000 FAQ phrasings, a smaller number would leave mostly phrasings, and a passage's
     * own text would no longer count for it.
     */
    private static final int DOCS_TO_COLLECT = 200;
    /** How many passages after the best one may answer a question for a strict kind of fact instead of it. */
    private static final int STRICT_ALTERNATIVES = 3;

    private final SearchIndex index;
    private final SearchTuning tuning;
    private final Map<Language, QueryFactory> queries = new EnumMap<>(Language.class);
    private final Map<Language, QuoteSelector> quotes = new EnumMap<>(Language.class);
    private final LanguageDetector languages = LanguageDetector.standard();

    public RegulationSearch(SearchIndex index, SearchTuning tuning) {
        this.index = index;
        this.tuning = tuning;
        for (Language language : Language.values()) {
            queries.put(language, new QueryFactory(index.searcher(), index.knowledge().glossary().map(language),
                    tuning, language));
            quotes.put(language, new QuoteSelector(index.contentAnalyzer(language), tuning.faqAnswerCoverage()));
        }
    }

    public SearchTuning tuning() {
        return tuning;
    }

    public SearchIndex index() {
        return index;
    }

    /** Searches a question, in the language its words are in (English when they do not tell). */
    public SearchResult search(String rawQuestion) {
        return search(rawQuestion, Language.EN);
    }

    /** Searches a question, in the language its words are in, or {@code otherwise} when they do not tell. */
    public SearchResult search(String rawQuestion, Language otherwise) {
        String question = QuestionText.clean(rawQuestion, tuning.maxQuestionChars());
        Language language = languages.guess(question).or(otherwise);
        QueryPlan plan = queries.get(language).plan(question);
        List<Hit> hits = collect(plan);
        QuoteSelector selector = quotes.get(language);
        AnswerEvidence evidence = AnswerEvidence.of(plan, hits,
                hits.isEmpty() ? Set.of() : index.vocabulary(hits.get(0).passage().key(), language),
                hits.isEmpty() ? 0 : selector.bestUnitCoverage(plan, hits.get(0).passage()));
        boolean aboutSomethingElse = hits.isEmpty() || !plan.namesATopic() || plan.coverage() < tuning.minCoverage();
        double confidence = aboutSomethingElse ? 0 : tuning.confidence().confidence(evidence);
        Optional<AnswerType> asked = AnswerType.askedBy(question);
        if (confidence < tuning.confidence().threshold()) {
            return new SearchResult(question, plan, hits, evidence, confidence, false, asked, Optional.empty(),
                    Optional.empty());
        }
        List<Hit> ranked = asked.filter(AnswerType::strict)
                .map(type -> statingFirst(plan, hits, type, selector))
                .orElse(hits);
        Hit top = ranked.get(0);
        Quote quote = selector.select(plan, top.passage(), asked, top.faqMatches());
        boolean fromFaq = quote.origin() == Quote.Origin.FAQ_ANSWER;
        Optional<AnswerType> unstated = asked.filter(AnswerType::strict)
                .filter(type -> fromFaq ? !type.foundIn(quote.text()) : !selector.statesFact(plan, top.passage(), type));
        return new SearchResult(question, plan, ranked, evidence, confidence, unstated.isEmpty(), asked,
                Optional.of(quote), unstated);
    }

    /**
     * For a question asking for a strict kind of fact (an amount, a number, a date), the best passage that
     * states one, when the best passage does not and another scores close to it: "how much do I pay if I
     * submit the study plan late?" finds the deadlines first and the additional payment of 100 euros next.
     */
    private List<Hit> statingFirst(QueryPlan plan, List<Hit> hits, AnswerType type, QuoteSelector selector) {
        if (selector.statesFact(plan, hits.get(0).passage(), type)) {
            return hits;
        }
        for (int i = 1; i < Math.min(hits.size(), STRICT_ALTERNATIVES); i++) {
            Hit other = hits.get(i);
            if (other.score() >= tuning.seeAlsoRatio() * hits.get(0).score()
                    && selector.statesFact(plan, other.passage(), type)) {
                List<Hit> reordered = new ArrayList<>(hits);
                reordered.remove(i);
                reordered.add(0, other);
                return reordered;
            }
        }
        return hits;
    }

    /** Why the result is what it is, for tutors. */
    public Explanation explain(SearchResult result) {
        Set<String> queryTerms = queryTerms(result.plan());
        List<Explanation.Candidate> candidates = result.candidates().stream()
                .map(hit -> candidate(hit, queryTerms, result.plan().language()))
                .toList();
        return new Explanation(result.coverage(), result.plan().words(), candidates, decision(result),
                reading(result));
    }

    private Explanation.Candidate candidate(Hit hit, Set<String> queryTerms, Language language) {
        Set<String> passageTerms = new HashSet<>();
        Tokens.of(index.contentAnalyzer(language), SearchFields.of(language).body(), hit.passage().text())
                .forEach(t -> passageTerms.add(t.term()));
        List<String> matched = queryTerms.stream().filter(passageTerms::contains).sorted().toList();
        Passage p = hit.passage();
        return new Explanation.Candidate(p.section().documentId(), p.section().sectionId(), p.sectionLabel(),
                hit.score(), hit.textScore() + hit.unitScore(), hit.faqScore(), hit.faqQuestion(), matched);
    }

    /** "Read as Italian, asking for time; the sentences of context count 0.35." */
    private static String reading(SearchResult result) {
        String language = result.plan().language() == Language.IT ? "Italian" : "English";
        String asked = result.asked().map(t -> ", asking for " + t.name().toLowerCase(Locale.ROOT)).orElse("");
        boolean context = result.plan().words().stream().anyMatch(w -> w.focus() < 1);
        return "Read as " + language + asked + (context ? String.format(Locale.ROOT,
                "; words of the sentences that only give context count %.2f", QuestionFocus.CONTEXT_WEIGHT) : "") + ".";
    }

    private String decision(SearchResult result) {
        String reading = "";
        if (result.candidates().isEmpty()) {
            return reading + "Not answered: no passage shares a word with the question.";
        }
        Hit top = result.candidates().get(0);
        AnswerEvidence e = result.evidence();
        String figures = String.format(Locale.ROOT, "confidence %.2f (threshold %.2f): %.0f%% of the question's words "
                        + "are in the regulations, %.0f%% in the best passage", result.confidence(),
                tuning.confidence().threshold(), e.coverage() * 100, e.focus() * 100);
        if (result.unstated().isPresent()) {
            return reading + String.format(Locale.ROOT, "Not answered: %s %s is the best passage, but no sentence "
                            + "of it that matches the question gives a fact of that kind; %s.",
                    top.passage().section().documentId(), top.passage().sectionLabel(), figures);
        }
        if (!result.answerable()) {
            return reading + "Not answered, probably not about the regulations: " + figures + ".";
        }
        String why = result.quote().filter(q -> q.origin() == Quote.Origin.FAQ_ANSWER).isPresent()
                ? "quoting the answer of the FAQ \"" + result.quote().map(q -> faqAsking(top, q)).orElse("") + "\", which asks the same"
                : top.faqScore() > top.textScore() + top.unitScore()
                        ? "mostly because it answers the FAQ \"" + top.faqQuestion() + "\""
                        : "mostly on its own words";
        return reading + String.format(Locale.ROOT, "Answered from %s %s (score %.2f), %s; %s.",
                top.passage().section().documentId(), top.passage().sectionLabel(), top.score(), why, figures);
    }

    /** The question of the matched FAQ entry whose answer is quoted. */
    private static String faqAsking(Hit top, Quote quote) {
        return top.faqMatches().stream()
                .filter(m -> QuoteSelector.faqAnswer(m.entry(), top.passage()).equals(quote))
                .map(m -> m.entry().question())
                .findFirst().orElse("");
    }

    private static Set<String> queryTerms(QueryPlan plan) {
        Set<Term> terms = new HashSet<>();
        plan.query().visit(QueryVisitor.termCollector(terms));
        String body = SearchFields.of(plan.language()).body();
        Set<String> texts = new TreeSet<>();
        terms.stream().filter(t -> t.field().equals(body)).forEach(t -> texts.add(t.text()));
        return texts;
    }

    private List<Hit> collect(QueryPlan plan) {
        IndexSearcher searcher = index.searcher();
        try {
            TopDocs top = searcher.search(plan.query(), DOCS_TO_COLLECT);
            Map<String, Hit> byPassage = new LinkedHashMap<>();
            Set<String> forms = plan.forms();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Hit.Source source = index.source(scoreDoc.doc);
                double covered = source.phrasingCovered(forms, plan.language());
                Hit hit = source.hit(scoreDoc.score * (1 + tuning.faqMatchBonus() * covered * covered), plan);
                byPassage.merge(hit.passage().key(), hit, Hit::plus);
            }
            return byPassage.values().stream()
                    .sorted(Comparator.comparingDouble(Hit::score).reversed()
                            .thenComparing(h -> h.passage().key()))
                    .limit(MAX_ANSWERS)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
