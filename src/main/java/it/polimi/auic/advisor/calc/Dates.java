package it.polimi.auic.advisor.calc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates appear in the calculators' sentences: "10 October 2022", "10 ottobre 2022". */
public final class Dates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ITALIAN);

    private Dates() {
    }

    public static String show(LocalDate date) {
        return ENGLISH.format(date);
    }

    public static String showIt(LocalDate date) {
        return ITALIAN.format(date);
    }
}
