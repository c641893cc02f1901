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

    /**
     * The date after an Italian article or articulated preposition ("il", "al", "dal", "del"), elided before
     * the days that start with a vowel: "il 22 novembre", but "l'11 settembre", "all'8 gennaio".
     */
    public static String showIt(String preposition, LocalDate date) {
        int day = date.getDayOfMonth();
        if (day != 8 && day != 11) {
            return preposition + " " + showIt(date);
        }
        String elided = preposition.equals("il") ? "l'" : preposition.substring(0, preposition.length() - 1) + "ll'";
        return elided + showIt(date);
    }
}
