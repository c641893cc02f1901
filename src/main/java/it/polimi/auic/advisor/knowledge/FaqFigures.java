package it.polimi.auic.advisor.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about FAQ phrasings that quote a figure their section, or a section it belongs to, does not have:
 * after the rule changes from 8 to 10 ECTS, a phrasing still asking "are 8 ECTS recognised?" says the FAQ
 * was not updated with the rule.
 */
final class FaqFigures {

    /**
     * A figure a phrasing quotes: standing on its own, not part of a code such as B2, L-17 or 5.4.1, nor the
     * second year of an academic year ("2022/23", which the text may write "2022/2023").
     */
    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\d.,/-])\\d+(?:[.,]\\d+)?(?![\\p{L}\\d])");
    /** A figure of the regulation's text, wherever it stands (the transcription keeps "up to10 points"). */
    private static final Pattern ANY = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private FaqFigures() {
    }

    static void check(KnowledgeBase knowledge, List<Problem> warnings) {
        for (FaqEntry entry : knowledge.faq()) {
            knowledge.section(entry.target()).filter(Section::hasText).ifPresent(section -> {
                Set<String> figures = new HashSet<>(figuresIn(text(section), ANY));
                section.parentIds().forEach(parent -> knowledge.section(new SectionRef(section.documentId(), parent))
                        .ifPresent(p -> figures.addAll(figuresIn(text(p), ANY))));
                check(entry, entry.question(), entry.line(), figures, warnings);
                entry.phrasings().forEach(p -> check(entry, p.text(), p.line(), figures, warnings));
            });
        }
    }

    private static String text(Section section) {
        return section.id() + " " + section.title() + " " + section.body();
    }

    private static void check(FaqEntry entry, String phrasing, int line, Set<String> figures,
                              List<Problem> warnings) {
        List<String> absent = figuresIn(phrasing, QUOTED).stream().filter(f -> !figures.contains(f)).distinct().toList();
        if (!absent.isEmpty()) {
            warnings.add(new Problem(entry.file(), line, (absent.size() == 1 ? "the figure " : "the figures ")
                    + String.join(", ", absent.stream().map(f -> "'" + f + "'").toList())
                    + (absent.size() == 1 ? " is" : " are") + " not in section '" + entry.target()
                    + "'; if the rule changed, update this phrasing; if it is a student's own figure, write it in words"));
        }
    }

    /** The numbers of {@code text} as values: "27,5" is 27.5 and "100.00" is 100. */
    private static List<String> figuresIn(String text, Pattern figure) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        Matcher matcher = figure.matcher(text);
        while (matcher.find()) {
            out.add(new java.math.BigDecimal(matcher.group().replace(',', '.')).stripTrailingZeros().toPlainString());
        }
        return out;
    }
}
