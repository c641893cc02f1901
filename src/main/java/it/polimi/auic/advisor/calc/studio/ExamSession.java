package it.polimi.auic.advisor.calc.studio;

import java.time.LocalDate;
import java.util.Objects;

/** One exam session of an academic year, e.g. the autumn session from 23 August to 11 September 2027. */
public record ExamSession(String name, String nameIt, LocalDate starts, LocalDate ends) {

    public ExamSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameIt, "nameIt");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
    }
}
