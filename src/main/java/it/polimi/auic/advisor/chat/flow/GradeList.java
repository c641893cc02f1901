package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.calc.gparam.Exam;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exams as students paste them: {@code 28x8}, {@code 28/8}, {@code 28 8}, {@code 28 (8 CFU)}, {@code 30 e
 * lode/12}, {@code 30L x 12}, {@code 30 cum laude 12 credits}, one per line or separated by commas, semicolons
 * or spaces. Whatever piece is not understood is kept, to be shown back beside what was.
 */
final class GradeList {

    /** The exams read, each with the text it was read from, and the pieces that are no exam or an impossible one. */
    record Reading(List<Exam> exams, List<String> read, List<String> unread, List<String> impossible) {

        boolean isEmpty() {
            return exams.isEmpty() && impossible.isEmpty();
        }
    }

    private static final String HONOURS = "(?:\\s*(?:e\\s+lode|con\\s+lode|cum\\s+laude|with\\s+honou?rs|honou?rs|lode|l|\\+))?";
    /** grade [honours] separator credits [unit]: the separator may be x, ×, *, /, '-', '(' or a space. */
    private static final Pattern EXAM = Pattern.compile(
            "(?<![\\w.,/])(\\d{1,3})(" + HONOURS + ")\\s*(?:[x×*/\\-]|\\(|\\s)\\s*\\(?\\s*(\\d{1,3})\\s*"
                    + "(?:cfu|ects|credits?|crediti|cr)?\\s*\\)?(?![\\w.,/]|\\s*[x×*/]\\s*\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\n;,]+|\\s+(?:and|e|poi)\\s+(?=\\d)");

    private GradeList() {
    }

    /** Whether the text looks like pasted exams: at least one piece read as grade and credits. */
    static boolean hasExams(String text) {
        return !read(text).exams().isEmpty();
    }

    static Reading read(String text) {
        List<Exam> exams = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<String> impossible = new ArrayList<>();
        for (String piece : SEPARATORS.split(text.strip())) {
            String chunk = piece.strip();
            if (chunk.isEmpty()) {
                continue;
            }
            Matcher m = EXAM.matcher(chunk);
            int last = 0;
            boolean any = false;
            while (m.find()) {
                any = true;
                leftover(chunk.substring(last, m.start()), unread);
                last = m.end();
                String token = m.group().strip();
                try {
                    exams.add(new Exam(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                            !m.group(2).isBlank()));
                    read.add(token);
                } catch (InvalidInputException e) {
                    impossible.add(token + ": " + e.problem());
                }
            }
            leftover(any ? chunk.substring(last) : chunk, unread);
        }
        return new Reading(List.copyOf(exams), List.copyOf(read), List.copyOf(unread), List.copyOf(impossible));
    }

    /** What is left of a piece once its exams are read, unless it is only filler ("my exams:", "and"). */
    private static void leftover(String rest, List<String> unread) {
        String words = rest.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        if (words.isEmpty() || words.matches("(?:my|mine|exams?|esami|miei|i|voti|grades|here|ecco|are|sono|have|ho)"
                + "(?:\\s+(?:my|mine|exams?|esami|miei|i|voti|grades|here|ecco|are|sono|have|ho))*")) {
            return;
        }
        unread.add(rest.strip());
    }
}
