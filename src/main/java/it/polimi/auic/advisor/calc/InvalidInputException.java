package it.polimi.auic.advisor.calc;

/**
 * An input a calculator cannot accept, naming the field at fault so that the CLI can print one clear line
 * and the chat can re-ask the right question.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The input field at fault, e.g. {@code averageByCheckDate} or {@code exams[2].grade}. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the field name. */
    public String problem() {
        return problem;
    }

    /** A value as it can be quoted in a one-line message: whitespace collapsed, at most 30 characters. */
    public static String excerpt(String value) {
        String line = value == null ? "" : value.replaceAll("\\s+", " ").trim();
        return line.length() > 30 ? line.substring(0, 30) + "…" : line;
    }

    /** The same problem, reported under a longer path (for fields nested in lists or objects). */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(prefix + field, problem);
    }
}
