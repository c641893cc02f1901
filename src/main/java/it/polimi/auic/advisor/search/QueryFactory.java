package it.polimi.auic.advisor.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.polimi.auic.advisor.knowledge.Terms;
import it.polimi.auic.advisor.language.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a student's question into a Lucene query, in the terms of one language's analysis, without ever
 * parsing it as query syntax: the words are analysed (glossary synonyms included) and combined field by
 * field, each sentence weighted by how much it asks ({@link QuestionFocus}); words found nowhere get a
 * typo-tolerant clause.
 */
final class QueryFactory {

    private static final int FUZZY_PREFIX = 1;
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int FUZZY_TWO_EDITS_LENGTH = 10;
    private static final int FUZZY_MAX_EXPANSIONS = 10;
    private static final int CORRECTIONS_CACHED = 20_000;
    /** Context weighs less only when the sentences that ask hold at least this share of the message's words. */
    private static final double MIN_ASKING_SHARE = 0.3;
    /** The weight an everyday word keeps when the regulations lack it. */
    private static final double GENERIC_WORD_SHARE = 0.25;

    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final Language language;
    private final SearchFields.Fields fields;
    private final Analyzer queryAnalyzer;
    private final QueryBuilder queryBuilder;
    private final Analyzer contentAnalyzer;
    private final Analyzer surfaceAnalyzer;
    private final Analyzer stemAnalyzer;
    private final SearchTuning tuning;
    private final GenericWords genericWords;
    /**
     * Typo corrections already looked up in this index: building the automaton for a word costs about a
     * millisecond, and students keep using the same words (and the same misspellings).
     */
    private final Cache<String, Set<String>> correctionsByWord = Caffeine.newBuilder()
            .maximumSize(CORRECTIONS_CACHED)
            .build();

    QueryFactory(IndexSearcher searcher, SynonymMap glossary, SearchTuning tuning, Language language) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        this.language = language;
        this.fields = SearchFields.of(language);
        this.queryAnalyzer = Analyzers.query(glossary, language);
        // Configured once, then only read: safe to share between the threads asking questions.
        this.queryBuilder = new QueryBuilder(queryAnalyzer);
        this.queryBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.contentAnalyzer = Analyzers.content(language);
        this.surfaceAnalyzer = Analyzers.surface();
        this.stemAnalyzer = Terms.analyzer(CharArraySet.EMPTY_SET, language);
        this.tuning = tuning;
        this.genericWords = new GenericWords(contentAnalyzer);
    }

    Analyzer contentAnalyzer() {
        return contentAnalyzer;
    }

    QueryPlan plan(String question) {
        QuestionFocus focus = QuestionFocus.of(question);
        if (focus.uneven() && askingShare(question, focus) < MIN_ASKING_SHARE) {
            // "… and I did not take the exam the year after. What happens?": the sentence that asks names
            // nothing; what it asks about is in the context.
            focus = QuestionFocus.even(question);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QuestionFocus.Part part : focus.parts()) {
            String sentence = question.substring(part.start(), part.end());
            addFieldQuery(query, fields.body(), sentence, tuning.bodyBoost() * part.weight());
            addFieldQuery(query, fields.heading(), sentence, tuning.headingBoost() * part.weight());
            addFieldQuery(query, fields.faq(), sentence, tuning.faqBoost() * part.weight());
            addFieldQuery(query, fields.unit(), sentence, tuning.unitBoost() * part.weight());
        }
        List<Tokens> expanded = Tokens.of(queryAnalyzer, fields.body(), question);
        Map<String, QueryWord> words = new LinkedHashMap<>();
        for (Tokens word : Tokens.of(contentAnalyzer, fields.body(), question)) {
            double focusWeight = focus.weightAt(word.start());
            QueryWord earlier = words.get(word.term());
            if (earlier != null) {
                if (earlier.focus() < focusWeight) {
                    words.put(word.term(), earlier.withFocus(focusWeight));
                }
                continue;
            }
            Set<String> forms = new HashSet<>();
            forms.add(word.term());
            QueryWord.Match match = match(word, expanded, forms);
            if (match == QueryWord.Match.NONE) {
                List<Query> fuzzy = fuzzyQueries(surface(question, word), forms);
                if (!fuzzy.isEmpty()) {
                    match = QueryWord.Match.FUZZY;
                    float boost = (float) (tuning.fuzzyBoost() * focusWeight);
                    fuzzy.forEach(q -> query.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD));
                }
            }
            words.put(word.term(), new QueryWord(word.term(), match, weight(word.term(), match), forms,
                    genericWords.contains(word.term()), focusWeight));
        }
        return new QueryPlan(query.build(), new ArrayList<>(words.values()), language);
    }

    /** The share of the message's word rarity that is in the sentences that ask. */
    private double askingShare(String question, QuestionFocus focus) {
        double asking = 0;
        double all = 0;
        for (Tokens word : Tokens.of(contentAnalyzer, fields.body(), question)) {
            double rarity = Rarity.idf(reader, fields.body(), word.term());
            all += rarity;
            asking += focus.weightAt(word.start()) == 1 ? rarity : 0;
        }
        return all == 0 ? 1 : asking / all;
    }

    private void addFieldQuery(BooleanQuery.Builder query, String field, String text, double boost) {
        Query fieldQuery = queryBuilder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
        if (fieldQuery != null) {
            query.add(new BoostQuery(fieldQuery, (float) boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** The word as the student wrote it, lower-cased and folded ("alocated" where its stem is "aloc"). */
    private String surface(String question, Tokens word) {
        List<Tokens> written = Tokens.of(surfaceAnalyzer, SearchFields.VOCABULARY,
                question.substring(word.start(), word.end()));
        return written.isEmpty() ? word.term() : written.get(0).term();
    }

    /** How the word is found; adds the glossary synonyms standing for it to {@code forms}. */
    private QueryWord.Match match(Tokens word, List<Tokens> expanded, Set<String> forms) {
        boolean synonymFound = false;
        for (Tokens synonym : expanded) {
            if (synonym.overlaps(word) && !synonym.term().equals(word.term()) && docFreq(synonym.term()) > 0) {
                forms.add(synonym.term());
                synonymFound = true;
            }
        }
        if (docFreq(word.term()) > 0) {
            return QueryWord.Match.EXACT;
        }
        return synonymFound ? QueryWord.Match.SYNONYM : QueryWord.Match.NONE;
    }

    /**
     * Typo-tolerant clauses for a word of at least five letters: the indexed words within one edit (two for
     * words of ten letters or more), found once in the vocabulary field, searched as alternatives in every
     * field that has them. They also go to {@code forms}.
     */
    private List<Query> fuzzyQueries(String term, Set<String> forms) {
        if (term.length() < FUZZY_MIN_LENGTH) {
            return List.of();
        }
        // Corrections are words as written; the other fields hold stems.
        // One edit (a swap of two letters counting as one) for most words; two for long ones, where swaps then
        // count as two edits: the two-edit automaton with swaps costs twice as much and finds nothing more.
        boolean longWord = term.length() >= FUZZY_TWO_EDITS_LENGTH;
        Set<String> corrections = correctionsByWord.get(term, word -> stems(corrections(new FuzzyQuery(
                new Term(SearchFields.VOCABULARY, word), longWord ? 2 : 1, FUZZY_PREFIX, FUZZY_MAX_EXPANSIONS,
                !longWord))));
        forms.addAll(corrections);
        List<Query> queries = new ArrayList<>();
        for (String field : fields.all()) {
            SynonymQuery.Builder alternatives = new SynonymQuery.Builder(field);
            int found = 0;
            for (String correction : corrections) {
                if (docFreq(field, correction) > 0) {
                    alternatives.addTerm(new Term(field, correction));
                    found++;
                }
            }
            if (found > 0) {
                queries.add(alternatives.build());
            }
        }
        return queries;
    }

    /** The indexed words a typo-tolerant query stands for. */
    private Set<String> corrections(Query fuzzy) {
        try {
            Set<Term> terms = new HashSet<>();
            searcher.rewrite(fuzzy).visit(QueryVisitor.termCollector(terms));
            Set<String> words = new TreeSet<>();
            terms.forEach(t -> words.add(t.text()));
            return Collections.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> stems(Set<String> words) {
        Set<String> stems = new TreeSet<>();
        for (String word : words) {
            Tokens.of(stemAnalyzer, fields.body(), word).forEach(t -> stems.add(t.term()));
        }
        return Collections.unmodifiableSet(stems);
    }

    /** In how many documents the word occurs in the field where it occurs most (passages, headings, FAQ). */
    private int docFreq(String term) {
        int most = 0;
        for (String field : fields.all()) {
            most = Math.max(most, docFreq(field, term));
        }
        return most;
    }

    private int docFreq(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How much a word says about the question's topic: its rarity across passages (unknown words most),
     * except that numbers and everyday words the regulations lack ("2012", "happen") barely count.
     */
    private double weight(String term, QueryWord.Match match) {
        if (match == QueryWord.Match.NONE && term.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        double rarity = Rarity.idf(reader, fields.body(), term);
        return match == QueryWord.Match.NONE && genericWords.contains(term) ? rarity * GENERIC_WORD_SHARE : rarity;
    }
}
