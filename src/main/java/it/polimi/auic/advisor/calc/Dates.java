package it.polimi.auic.advisor.calc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** How dates are read from files and input (strict ISO) and how they appear in sentences ("10 October 2022"). */
public final class Dates {

    /** ISO days that exist: 2023-02-30 is refused, not moved to 2 March. */
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ITALIAN);

    private Dates() {
    }

    /** The day written as YYYY-MM-DD, when it exists. */
    public static Optional<LocalDate> parseIso(String text) {
        try {
            return Optional.of(LocalDate.parse(text, ISO_STRICT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
