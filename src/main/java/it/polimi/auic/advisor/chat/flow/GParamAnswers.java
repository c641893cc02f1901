package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.gparam.Exam;
import java.util.List;
import java.util.Optional;

/**
 * The exams a student has sent the G conversation so far, in the order sent.
 *
 * @param exams the exams; empty until the first is sent
 */
record GParamAnswers(List<Exam> exams) {

    static final GParamAnswers NONE = new GParamAnswers(List.of());

    GParamAnswers {
        exams = List.copyOf(exams);
    }

    /** The exams as an answer: none is no answer yet. */
    Optional<List<Exam>> sent() {
        return exams.isEmpty() ? Optional.empty() : Optional.of(exams);
    }

    GParamAnswers withExams(Optional<List<Exam>> value) {
        return new GParamAnswers(value.orElse(List.of()));
    }

    /** For "back" while exams are being sent: all but the last. */
    GParamAnswers withoutLast() {
        return exams.isEmpty() ? this : new GParamAnswers(exams.subList(0, exams.size() - 1));
    }
}
