package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.language.WordLists;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Everyday words that say little about a question's topic ("happen", "put", "whole", "solito"), listed in
 * {@code /search/everyday-words.txt}. When the regulations lack such a word it should barely count against
 * answering: a student asking "can I put a workshop instead of an optional course" is still asking about
 * workshops. Nouns that name a topic (gym, bank, rent, weather) are deliberately not there: missing them is
 * what marks a question as off-topic.
 */
final class GenericWords {

    static final String RESOURCE = "/search/everyday-words.txt";

    private final Set<String> stems;

    /** The list's words as {@code contentAnalyzer} normalises them (one language's stems). */
    GenericWords(Analyzer contentAnalyzer) {
        Set<String> all = new HashSet<>();
        for (String word : WordLists.read(RESOURCE)) {
            Tokens.of(contentAnalyzer, SearchFields.ENGLISH.body(), word).forEach(t -> all.add(t.term()));
        }
        this.stems = Set.copyOf(all);
    }

    boolean contains(String stem) {
        return stems.contains(stem);
    }
}
