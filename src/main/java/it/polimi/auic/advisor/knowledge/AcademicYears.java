package it.polimi.auic.advisor.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Academic years as the School writes them: "2022/23", the second year following the first. */
final class AcademicYears {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

    private AcademicYears() {
    }

    static boolean isValid(String text) {
        Matcher m = YEAR.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int first = Integer.parseInt(m.group(1));
        return (first + 1) % 100 == Integer.parseInt(m.group(2));
    }
}
