package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.Dates;
import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.alliance.Site;
import it.polimi.auic.advisor.calc.gparam.Exam;
import it.polimi.auic.advisor.calc.studio.Attendance;
import it.polimi.auic.advisor.language.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An answer kept by a calculator, as a short text for a button or a sentence ("27.5", "18 Jul 2023", "yes"). */
final class AnswerDisplay {

    private AnswerDisplay() {
    }

    static String of(Object value, Language language) {
        if (value instanceof Boolean yes) {
            return yes ? language.pick("yes", "sì") : "no";
        }
        if (value instanceof BigDecimal number) {
            return language == Language.IT ? Decimals.showIt(number) : Decimals.show(number);
        }
        if (value instanceof LocalDate day) {
            return language == Language.IT ? Dates.showIt(day) : Dates.show(day);
        }
        if (value instanceof Attendance.Percent percent) {
            return of(percent.value(), language) + "%";
        }
        if (value instanceof Attendance.Hours hours) {
            return of(hours.attended(), language) + "/" + of(hours.total(), language) + " h";
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Exam) {
            return list.size() + language.pick(list.size() == 1 ? " exam" : " exams", list.size() == 1 ? " esame" : " esami");
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Site) {
            return String.join(", ", list.stream().map(Object::toString).toList());
        }
        return String.valueOf(value);
    }
}
