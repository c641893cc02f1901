package it.polimi.auic.advisor.calc;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year such as 2023/24, which starts in the autumn of its first calendar year.
 *
 * @param startYear the first calendar year (2023 for 2023/24)
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public static final int MIN_START = 1950;
    public static final int MAX_START = 2099;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

    public AcademicYear {
        if (startYear < MIN_START || startYear > MAX_START) {
            throw new IllegalArgumentException("academic year must start between " + MIN_START + " and " + MAX_START);
        }
    }

    /** Reads the canonical form "2023/24"; empty when the text is not one (e.g. "2023/25", "2023-24"). */
    public static Optional<AcademicYear> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != (start + 1) % 100 || start < MIN_START || start > MAX_START) {
            return Optional.empty();
        }
        return Optional.of(new AcademicYear(start));
    }

    /** The academic year running on {@code day}, given the day of the year on which each one starts. */
    public static AcademicYear containing(LocalDate day, MonthDay start) {
        return new AcademicYear(day.isBefore(start.atYear(day.getYear())) ? day.getYear() - 1 : day.getYear());
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    /** The second calendar year (2024 for 2023/24). */
    public int endYear() {
        return startYear + 1;
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }
}
