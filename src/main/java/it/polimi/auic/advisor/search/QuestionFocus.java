package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.language.WordLists;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sentences of a student's message and how much each says about what is asked. In a long message the
 * sentences that ask (a question mark, or a question word first) count fully and the context around them
 * ("I did my bachelor in Turin and worked for a year.") counts for {@link #CONTEXT_WEIGHT}; a message that
 * is one sentence, or where no sentence or every sentence asks, counts evenly.
 *
 * @param parts the sentences in order, with their weights
 */
record QuestionFocus(List<Part> parts) {

    /** What a sentence of context weighs beside one that asks. */
    static final double CONTEXT_WEIGHT = 0.35;
    private static final Set<String> OPENERS = WordLists.read("/search/question-openers.txt");
    /** Words opening a clause that is part of what is asked ("If I apply in my first year, when …?"). */
    private static final Set<String> CONDITIONS = WordLists.read("/search/condition-words.txt");

    /**
     * One sentence of the message.
     *
     * @param start  where it starts in the message
     * @param end    where it ends
     * @param weight 1 for a sentence that asks (or any, when the message is not split), less for context
     */
    record Part(int start, int end, double weight) {
    }

    QuestionFocus {
        parts = List.copyOf(parts);
    }

    static QuestionFocus of(String question) {
        List<int[]> sentences = sentences(question);
        List<Boolean> asks = sentences.stream().map(s -> asks(question.substring(s[0], s[1]))).toList();
        boolean uneven = sentences.size() > 1 && asks.contains(true) && asks.contains(false);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            double weight = !uneven || asks.get(i) ? 1 : CONTEXT_WEIGHT;
            parts.add(new Part(sentences.get(i)[0], sentences.get(i)[1], weight));
        }
        return new QuestionFocus(parts);
    }

    /** The message as one part that counts fully. */
    static QuestionFocus even(String question) {
        return new QuestionFocus(List.of(new Part(0, question.length(), 1)));
    }

    /** Whether some sentences count less than others. */
    boolean uneven() {
        return parts.stream().anyMatch(p -> p.weight() < 1);
    }

    /** The weight of the sentence holding the character at {@code offset}. */
    double weightAt(int offset) {
        for (Part part : parts) {
            if (offset >= part.start() && offset < part.end()) {
                return part.weight();
            }
        }
        return 1;
    }

    private static boolean asks(String sentence) {
        if (sentence.contains("?")) {
            return true;
        }
        String folded = WordLists.fold(sentence).strip();
        String first = folded.split("[^\\p{L}']+", 2)[0];
        return OPENERS.contains(first);
    }

    /**
     * The sentences, and within a sentence the clause a comma opens with a question word ("I want to add new
     * work to my old portfolio, what do I write in the notes?").
     */
    private static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text);
        int from = breaks.first();
        for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            if (!text.substring(from, to).isBlank()) {
                splitAtAskingClause(text, from, to, sentences);
            }
        }
        return sentences.isEmpty() ? List.of(new int[] {0, text.length()}) : sentences;
    }

    private static void splitAtAskingClause(String text, int from, int to, List<int[]> parts) {
        int start = from;
        for (int comma = text.indexOf(',', from); comma >= 0 && comma < to; comma = text.indexOf(',', comma + 1)) {
            String rest = WordLists.fold(text.substring(comma + 1, to)).strip();
            String first = rest.split("[^\\p{L}']+", 2)[0];
            String clause = WordLists.fold(text.substring(start, comma)).strip();
            String opening = clause.split("[^\\p{L}']+", 2)[0];
            if (OPENERS.contains(first) && !clause.isEmpty() && !CONDITIONS.contains(opening)) {
                parts.add(new int[] {start, comma + 1});
                start = comma + 1;
            }
        }
        parts.add(new int[] {start, to});
    }
}
