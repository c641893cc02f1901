package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.search.RegulationSearch;
import it.polimi.auic.advisor.search.SearchIndex;
import it.polimi.auic.advisor.search.SearchTuning;
import java.util.Optional;

/**
 * What the report takes from {@code knowledge/}: the glossary, to group a student's word with the
 * regulation's ({@link QuestionTerms}); the words it knows, to tell gibberish ({@link KnownWords}); and the
 * regulation search, to tell staff which groups an entry could answer ({@link RegulationCheck}). Without
 * the knowledge, questions are still grouped, each word as itself, and noise is told by the common words.
 */
public final class ReportKnowledge {

    private static final ReportKnowledge NONE = new ReportKnowledge(QuestionTerms.PLAIN, KnownWords.common(), null);

    private final QuestionTerms terms;
    private final KnownWords words;
    private final RegulationCheck check;

    private ReportKnowledge(QuestionTerms terms, KnownWords words, RegulationCheck check) {
        this.terms = terms;
        this.words = words;
        this.check = check;
    }

    /** The report without knowledge: no glossary, no verdicts. */
    public static ReportKnowledge none() {
        return NONE;
    }

    /** The report over loaded knowledge: indexes it for the regulation search, as the advisor does. */
    public static ReportKnowledge of(KnowledgeBase knowledge) {
        RegulationSearch search = new RegulationSearch(SearchIndex.build(knowledge), SearchTuning.DEFAULT);
        return new ReportKnowledge(QuestionTerms.withGlossary(knowledge.glossary()), KnownWords.of(knowledge),
                new RegulationCheck(search));
    }

    /** Whether groups get a verdict (the knowledge was loaded). */
    public boolean checksRegulations() {
        return check != null;
    }

    QuestionTerms terms() {
        return terms;
    }

    KnownWords words() {
        return words;
    }

    Optional<RegulationCheck> check() {
        return Optional.ofNullable(check);
    }
}
