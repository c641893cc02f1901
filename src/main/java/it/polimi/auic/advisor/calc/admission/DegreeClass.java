package it.polimi.auic.advisor.calc.admission;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Italian degree classes ("classi di laurea") as written in a career record: L-17, L-21, L-23. */
public final class DegreeClass {

    private static final Pattern LOOSE = Pattern.compile("L\\s*-?\\s*(\\d{1,2})");

    private DegreeClass() {
    }

    /** The canonical form of "l17", "L 17" or "L-17"; empty when the text is not a BSc class. */
    public static Optional<String> normalize(String text) {
        if (text == null || text.length() > 12) {
            return Optional.empty();
        }
        Matcher m = LOOSE.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(1));
        return number == 0 ? Optional.empty() : Optional.of("L-" + number);
    }
}
