package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.Terms;
import it.polimi.auic.advisor.language.Language;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** How text is analysed: regulation text when indexing, students' questions when searching, per language. */
final class Analyzers {

    private Analyzers() {
    }

    /** Regulation text, FAQ phrasings and the meaningful words of a question: normalised, stop words left out. */
    static Analyzer content(Language language) {
        return Terms.analyzer(StopWords.SET, language);
    }

    /**
     * Students' questions: normalised words plus the glossary's synonyms as a token graph. Stop words stay
     * in (a stop filter after a synonym graph would break the graph); they match nothing in the index.
     */
    static Analyzer query(SynonymMap glossary, Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream words = Terms.normalize(tokenizer, CharArraySet.EMPTY_SET, language);
                // An empty glossary compiles to a map without an FST, which SynonymGraphFilter refuses.
                return new TokenStreamComponents(tokenizer,
                        glossary.fst == null ? words : new SynonymGraphFilter(words, glossary, true));
            }
        };
    }

    /**
     * Words as written, only lower-cased and folded (no stemming, no stop words): where typos are corrected,
     * since a misspelt word stems oddly ("alocated" to "aloc") and would no longer be near its stem ("alloc").
     */
    static Analyzer surface() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, Terms.fold(tokenizer));
            }
        };
    }

    /**
     * How the index analyses each field: each language's fields with {@link #content}; the vocabulary keeps
     * each word both as written and stemmed ("workshops", "workshop"), so a typo is one edit from one of them.
     */
    static Analyzer indexFields() {
        Map<String, Analyzer> fields = new HashMap<>();
        Analyzer italian = content(Language.IT);
        SearchFields.ITALIAN.all().forEach(field -> fields.put(field, italian));
        fields.put(SearchFields.VOCABULARY, new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream both = new PorterStemFilter(new KeywordRepeatFilter(Terms.fold(tokenizer)));
                return new TokenStreamComponents(tokenizer, new RemoveDuplicatesTokenFilter(both));
            }
        });
        return new PerFieldAnalyzerWrapper(content(Language.EN), fields);
    }
}
