package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.search.Hit;
import it.polimi.auic.advisor.search.Passage;
import it.polimi.auic.advisor.search.RegulationSearch;
import it.polimi.auic.advisor.search.SearchResult;

/**
 * Tells whether the regulations hold text that speaks to a question, whether or not the advisor answered
 * it. The question is searched as a student's message is; an entry could answer it when the question names
 * a topic (not only everyday words), the best passage holds more than half of its word weight
 * ({@link SearchResult#focus()}, the "% in the best passage" of {@code ask --explain}), and the advisor's
 * confidence reaches {@value #MIN_CONFIDENCE}, well below the 0.5 it needs to answer.
 *
 * <p>Why: a question refused by accident (a typo, a wording the FAQ lacks) still finds most of its words
 * together in the section that answers it, while a question about something else finds at most half
 * ("when does the canteen close": "close", never "canteen"). The confidence floor drops questions whose half
 * is made of everyday words and near-misses ("how do I find accommodation in Milan": "find", and "Milano"
 * for "Milan"). On the project's evaluation sets (src/test/resources/eval), of the 20 questions the
 * regulations answer but the advisor refuses, 15 pass; of the 165 out-of-scope ones it refuses, 13 do, all
 * near the regulations (an IELTS score, the mobility office's hours, the address for workshop requests),
 * where the section found is still where an entry would point.
 */
final class RegulationCheck {

    /** The share of the question's word weight the best passage must exceed. */
    static final double MIN_FOUND = 0.5;
    /** The advisor's confidence the question must reach. */
    static final double MIN_CONFIDENCE = 0.3;

    private final RegulationSearch search;

    RegulationCheck(RegulationSearch search) {
        this.search = search;
    }

    Verdict check(String question) {
        SearchResult result = search.search(question);
        if (result.candidates().isEmpty() || !result.plan().namesATopic() || result.focus() <= MIN_FOUND
                || result.confidence() < MIN_CONFIDENCE) {
            return Verdict.notInRegulations();
        }
        Hit best = result.candidates().get(0);
        Passage passage = best.passage();
        return Verdict.entryCouldAnswer(passage.section().documentId() + " " + passage.sectionLabel());
    }
}
