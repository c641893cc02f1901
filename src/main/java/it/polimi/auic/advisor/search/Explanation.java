package it.polimi.auic.advisor.search;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why the advisor answered as it did, for tutors checking an answer: the question's words and how each
 * was found, every passage retrieved with its score and the words it matched, and the decision.
 *
 * @param coverage   share of the question's meaningful words the regulations cover
 * @param words      the question's meaningful words
 * @param candidates passages retrieved, best first
 * @param decision   one sentence: answered from which passage and why, or why not
 * @param reading    how the question was read: its language, the kind of fact it asks for, which sentences ask
 */
public record Explanation(double coverage, List<QueryWord> words, List<Candidate> candidates, String decision,
                          String reading) {

    /**
     * One retrieved passage.
     *
     * @param document     document id
     * @param section      section id
     * @param label        "5.4.1 Studios"
     * @param score        final score
     * @param textScore    from the passage's text and headings
     * @param faqScore     from the best FAQ entry pointing at it
     * @param faqQuestion  that FAQ entry, or empty
     * @param matchedWords the question's words (normalised, synonyms included) found in the passage's text
     */
    public record Candidate(String document, String section, String label, double score, double textScore,
                            double faqScore, String faqQuestion, List<String> matchedWords) {
    }

    public Explanation {
        words = List.copyOf(words);
        candidates = List.copyOf(candidates);
    }

    /** The explanation as a few short lines of plain text. */
    public String toText() {
        StringBuilder text = new StringBuilder(decision).append('\n');
        if (!reading.isEmpty()) {
            text.append(reading).append('\n');
        }
        text.append(String.format(Locale.ROOT, "Words of the question: %s%n", words.stream().map(w -> w.term() + " " + w.match().name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
        int rank = 1;
        for (Candidate c : candidates) {
            text.append(String.format(Locale.ROOT, "%d. %s %s: score %.2f (text %.2f, FAQ %.2f%s)%s%n", rank++,
                    c.document(), c.label(), c.score(), c.textScore(), c.faqScore(),
                    c.faqQuestion().isEmpty() ? "" : " via \"" + c.faqQuestion() + "\"",
                    c.matchedWords().isEmpty() ? "" : "; matched: " + String.join(", ", c.matchedWords())));
        }
        return text.toString().strip();
    }
}
