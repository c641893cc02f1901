package it.polimi.auic.advisor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the passages that answer a question: one Lucene search over passages and FAQ entries, FAQ matches
 * credited to the passage they point at, then the decision whether the question is about the regulations.
 */
public final class RegulationSearch {

    /** At most this many passages are returned, as the CLI contract caps answers. */
    public static final int MAX_ANSWERS = 5;
    private static final int DOCS_TO_COLLECT = 60;

    private final SearchIndex index;
    private final SearchTuning tuning;
    private final QueryFactory queries;
    private final QuoteSelector quotes;

    public RegulationSearch(SearchIndex index, SearchTuning tuning) {
        this.index = index;
        this.tuning = tuning;
        this.queries = new QueryFactory(index.searcher(), index.knowledge().glossary().map(), tuning);
        this.quotes = new QuoteSelector(index.indexAnalyzer(), index.searcher().getIndexReader());
    }

    public SearchTuning tuning() {
        return tuning;
    }

    public SearchIndex index() {
        return index;
    }

    public SearchResult search(String rawQuestion) {
        String question = QuestionText.clean(rawQuestion, tuning.maxQuestionChars());
        QueryPlan plan = queries.plan(question);
        List<Hit> hits = collect(plan);
        AnswerEvidence evidence = AnswerEvidence.of(plan, hits,
                hits.isEmpty() ? Set.of() : index.vocabulary(hits.get(0).passage().key()));
        boolean aboutSomethingElse = hits.isEmpty() || !plan.namesATopic() || plan.coverage() < tuning.minCoverage();
        double confidence = aboutSomethingElse ? 0 : tuning.confidence().confidence(evidence);
        boolean answerable = confidence >= tuning.confidence().threshold();
        return new SearchResult(question, plan, hits, evidence, confidence, answerable);
    }

    /** The sentences of the hit's passage that best answer the question, for the reply's quote. */
    public List<String> quote(SearchResult result, Hit hit) {
        return quotes.select(result.plan().query(), hit.passage());
    }

    /** Why the result is what it is, for tutors. */
    public Explanation explain(SearchResult result) {
        Set<String> queryTerms = queryTerms(result.plan().query());
        List<Explanation.Candidate> candidates = result.candidates().stream()
                .map(hit -> candidate(hit, queryTerms))
                .toList();
        return new Explanation(result.coverage(), result.plan().words(), candidates, decision(result));
    }

    private Explanation.Candidate candidate(Hit hit, Set<String> queryTerms) {
        Set<String> passageTerms = new HashSet<>();
        Tokens.of(index.indexAnalyzer(), SearchFields.BODY, hit.passage().text()).forEach(t -> passageTerms.add(t.term()));
        List<String> matched = queryTerms.stream().filter(passageTerms::contains).sorted().toList();
        Passage p = hit.passage();
        return new Explanation.Candidate(p.section().documentId(), p.section().sectionId(), p.sectionLabel(),
                hit.score(), hit.textScore() + hit.unitScore(), hit.faqScore(), hit.faqQuestion(), matched);
    }

    private String decision(SearchResult result) {
        if (result.candidates().isEmpty()) {
            return "Not answered: no passage shares a word with the question.";
        }
        Hit top = result.candidates().get(0);
        AnswerEvidence e = result.evidence();
        String figures = String.format(Locale.ROOT, "confidence %.2f (threshold %.2f): %.0f%% of the question's words "
                        + "are in the regulations, %.0f%% in the best passage", result.confidence(),
                tuning.confidence().threshold(), e.coverage() * 100, e.focus() * 100);
        if (!result.answerable()) {
            return "Not answered, probably not about the regulations: " + figures + ".";
        }
        String why = top.faqScore() > top.textScore() + top.unitScore()
                ? "mostly because it answers the FAQ \"" + top.faqQuestion() + "\""
                : "mostly on its own words";
        return String.format(Locale.ROOT, "Answered from %s %s (score %.2f), %s; %s.",
                top.passage().section().documentId(), top.passage().sectionLabel(), top.score(), why, figures);
    }

    private static Set<String> queryTerms(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> texts = new TreeSet<>();
        terms.stream().filter(t -> t.field().equals(SearchFields.BODY)).forEach(t -> texts.add(t.text()));
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
                double covered = source.phrasingCovered(forms);
                Hit hit = source.hit(scoreDoc.score * (1 + tuning.faqMatchBonus() * covered * covered));
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
