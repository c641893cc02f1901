package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.config.CalculatorConfig;
import java.time.LocalDate;

/** What a question or a check may depend on besides the answers: the current config and today's date. */
record FlowContext(CalculatorConfig config, LocalDate today) {

    AcademicYear currentYear() {
        return AcademicYear.containing(today, config.academicYearStart());
    }
}
