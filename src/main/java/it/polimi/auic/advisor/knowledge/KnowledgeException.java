package it.polimi.auic.advisor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** {@code knowledge/} cannot be used as it is; carries every problem found, not just the first. */
public final class KnowledgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public KnowledgeException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        String first = problems.isEmpty() ? "unknown problem" : problems.get(0).toString();
        return problems.size() <= 1 ? first
                : problems.size() + " problems in knowledge, first: " + first
                + problems.stream().skip(1).map(p -> "; " + p).collect(Collectors.joining());
    }
}
