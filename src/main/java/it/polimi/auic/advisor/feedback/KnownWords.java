package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.knowledge.FaqEntry;
import it.polimi.auic.advisor.knowledge.Glossary;
import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.language.WordLists;
import it.polimi.auic.advisor.search.StopWords;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;

/**
 * Words the advisor knows, as stems: the common English and Italian words it ships (the language detector's
 * lists, the search's stop words and everyday words) and, when the knowledge is at hand, every word of the
 * regulations, the FAQ and the glossary. A message none of whose words is known, and whose words look typed
 * at random, is gibberish ({@link Noise}); a known word ("pds", "msc") never is, however it looks.
 */
final class KnownWords {

    private static final List<String> COMMON_LISTS = List.of("/language/english-words.txt",
            "/language/italian-words.txt", "/search/stop-words.txt", "/search/everyday-words.txt");

    /** Normalises one word of a message as the known words were; shared, as Lucene analyzers are thread-safe. */
    private static final Analyzer STEMMER = Glossary.termAnalyzer();

    private static final KnownWords COMMON = new KnownWords(Stream.empty());

    private final Set<String> stems;

    private KnownWords(Stream<String> texts) {
        Set<String> all = new HashSet<>();
        try (Analyzer analyzer = Glossary.termAnalyzer()) {
            Stream<String> common = Stream.concat(COMMON_LISTS.stream().flatMap(list -> WordLists.read(list).stream()),
                    StopWords.SET.stream().map(word -> new String((char[]) word)));
            Stream.concat(common, texts).forEach(text -> all.addAll(QuestionTerms.tokens(analyzer, text)));
        }
        this.stems = Set.copyOf(all);
    }

    /** The common words only, when the knowledge cannot be read. */
    static KnownWords common() {
        return COMMON;
    }

    /** The common words and those of the regulations, the FAQ and the glossary. */
    static KnownWords of(KnowledgeBase knowledge) {
        Stream<String> sections = knowledge.sections().flatMap(s -> Stream.of(s.title(), s.body()));
        Stream<String> faq = knowledge.faq().stream().flatMap(e -> Stream.concat(e.allPhrasings().stream(),
                e.answers().stream().map(FaqEntry.Answer::text)));
        Stream<String> glossary = knowledge.glossary().rules().stream().map(Glossary.Rule::text);
        return new KnownWords(Stream.of(sections, faq, glossary).flatMap(s -> s));
    }

    /** Whether a word is known, in any of the forms its stem stands for ("phd" through "PhDs"). */
    boolean knows(String word) {
        List<String> wordStems = QuestionTerms.tokens(STEMMER, word);
        return !wordStems.isEmpty() && stems.containsAll(wordStems);
    }
}
