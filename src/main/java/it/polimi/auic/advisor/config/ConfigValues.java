package it.polimi.auic.advisor.config;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Dates;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the text values of a config file into typed ones, or a {@link ConfigException} naming file and key. */
final class ConfigValues {

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");

    private final Path file;

    ConfigValues(Path file) {
        this.file = file;
    }

    ConfigException problem(String key, String problem) {
        return new ConfigException(file, key, problem);
    }

    <T> T present(String key, T value) {
        if (value == null) {
            throw problem(key, "must have a value, not null");
        }
        return value;
    }

    <T> List<T> nonEmpty(String key, List<T> values) {
        if (present(key, values).isEmpty()) {
            throw problem(key, "must list at least one value");
        }
        for (int i = 0; i < values.size(); i++) {
            present(key + "[" + i + "]", values.get(i));
        }
        return values;
    }

    String text(String key, String value) {
        if (present(key, value).isBlank()) {
            throw problem(key, "must not be empty");
        }
        return value.trim();
    }

    AcademicYear academicYear(String key, String value) {
        return AcademicYear.parse(present(key, value)).orElseThrow(() -> problem(key,
                "must be an academic year written like \"2010/11\" (from " + AcademicYear.MIN_START + " on), not \"" + value + "\""));
    }

    LocalDate date(String key, String value) {
        return Dates.parseIso(present(key, value))
                .orElseThrow(() -> problem(key, "must be a real date written like \"2027-01-11\" (year-month-day), not \"" + value + "\""));
    }

    /** "09-15" (month-day); 29 February is refused because most years have none. */
    MonthDay monthDay(String key, String value) {
        Matcher m = MONTH_DAY.matcher(present(key, value));
        try {
            if (m.matches()) {
                MonthDay day = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (!day.equals(MonthDay.of(2, 29))) {
                    return day;
                }
            }
        } catch (DateTimeException e) {
            // reported below, with the value
        }
        throw problem(key, "must be a day of the year written month-day, like \"09-15\" (02-29 is not allowed), not \"" + value + "\"");
    }

    BigDecimal between(String key, BigDecimal value, BigDecimal low, BigDecimal high) {
        if (present(key, value).compareTo(low) < 0 || value.compareTo(high) > 0) {
            throw problem(key, "must be between " + low.toPlainString() + " and " + high.toPlainString()
                    + ", got " + value.toPlainString());
        }
        return value;
    }
}
