package it.polimi.auic.advisor.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * A question students ask often, with the ways they phrase it, pointing at the section that answers it.
 *
 * @param question  the question as a student would ask it
 * @param phrasings other ways students put the same question (other words, Italian, shorthand)
 * @param target    the section that answers it
 * @param file      where staff wrote it
 * @param line      the line of its question heading
 */
public record FaqEntry(String question, List<String> phrasings, SectionRef target, Path file, int line) {

    public FaqEntry {
        phrasings = List.copyOf(phrasings);
    }

    /** The question and every phrasing. */
    public List<String> allPhrasings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(question), phrasings.stream()).toList();
    }
}
