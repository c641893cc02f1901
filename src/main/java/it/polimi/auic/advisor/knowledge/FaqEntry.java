package it.polimi.auic.advisor.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A question students ask often, with the ways they phrase it, pointing at the section that answers it and
 * naming the sentences of that section the reply quotes.
 *
 * @param question    the question as a student would ask it
 * @param phrasings   other ways students put the same question (other words, Italian, shorthand), with their lines
 * @param target      the section that answers it
 * @param answers     the sentences (or list items) of the section that answer it, verbatim, in file order
 * @param file        where staff wrote it
 * @param line        the line of its question heading
 * @param sectionLine the line of its {@code section:} line, where a wrong target is reported
 */
public record FaqEntry(String question, List<Phrasing> phrasings, SectionRef target, List<Answer> answers, Path file,
                       int line, int sectionLine) {

    /**
     * One {@code - phrasing} line.
     *
     * @param text the words, as a student would write them
     * @param line where staff wrote it
     */
    public record Phrasing(String text, int line) {
    }

    /**
     * One {@code answer:} line: text that must stand verbatim in the target section.
     *
     * @param text the quoted words
     * @param line where staff wrote it
     */
    public record Answer(String text, int line) {
    }

    public FaqEntry {
        phrasings = List.copyOf(phrasings);
        answers = List.copyOf(answers);
    }

    /** The question and every phrasing. */
    public List<String> allPhrasings() {
        return Stream.concat(Stream.of(question), phrasings.stream().map(Phrasing::text)).toList();
    }
}
