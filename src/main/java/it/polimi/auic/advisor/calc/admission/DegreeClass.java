package it.polimi.auic.advisor.calc.admission;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Italian degree classes ("classi di laurea") as written in a career record: L-17, L-21, L-23. */
public final class DegreeClass {

    private static final Pattern LOOSE = Pattern.compile("L\\s*-?\\s*(\\d{1,2})");
    private static final Pattern INSIDE = Pattern.compile("(?<![A-Z0-9])L\\s*-\\s*(\\d{1,2})(?!\\d)|(?<![A-Z0-9])L(\\d{1,2})(?!\\d)"
            + "|\\bCLASS[EI]?\\s+L\\s*-?\\s*(\\d{1,2})(?!\\d)");

    private DegreeClass() {
    }

    /**
     * The class named in a sentence ("la mia è una L-23", "class L 17"): the canonical form of the one class
     * it names, or the whole text read as one; empty when it names none, or more than one.
     */
    public static Optional<String> find(String text) {
        Optional<String> whole = normalize(text);
        if (whole.isPresent() || text == null || text.length() > 500) {
            return whole;
        }
        Matcher m = INSIDE.matcher(text.toUpperCase(Locale.ROOT));
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (Integer.parseInt(digits) > 0) {
                found.add("L-" + Integer.parseInt(digits));
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
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
