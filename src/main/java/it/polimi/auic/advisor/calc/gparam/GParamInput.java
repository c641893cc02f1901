package it.polimi.auic.advisor.calc.gparam;

import it.polimi.auic.advisor.calc.InvalidInputException;
import java.util.List;

/** The passed exams that count towards parameter G. */
public record GParamInput(List<Exam> exams) {

    public static final int MAX_EXAMS = 100;

    public GParamInput {
        exams = List.copyOf(exams);
        if (exams.isEmpty()) {
            throw new InvalidInputException("exams", "must list at least one exam");
        }
        if (exams.size() > MAX_EXAMS) {
            throw new InvalidInputException("exams", "must list at most " + MAX_EXAMS + " exams, got " + exams.size());
        }
    }
}
