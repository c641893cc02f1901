package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the usual kinds of answer leniently (Italian decimal commas, dd/mm/yyyy) and says what was wrong. */
final class AnswerParsers {

    static final int MAX_ANSWER_LENGTH = 500;

    private static final Set<String> YES = Set.of("yes", "y", "si", "s", "true", "yeah", "yep", "sure", "certo", "ok");
    private static final Set<String> NO = Set.of("no", "n", "false", "nope", "non");
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?\\d{1,9}(?:[.,]\\d{1,9})?)\\s*(?:cfu|ects|credits?|crediti|points?|punti|pt|pts)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DMY_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_PAIR = Pattern.compile("(?:a\\.?\\s*a\\.?|ay)?\\s*(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR_ALONE = Pattern.compile("(\\d{4})");

    private AnswerParsers() {
    }

    /** Lower case, no accents, no surrounding spaces or closing punctuation: "Sì!" → "si". */
    static String simplify(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String lower = plain.toLowerCase(Locale.ROOT).trim().replaceAll("[.!?]+$", "").trim();
        // Telegram adds the bot's name to commands sent in groups: "/cancel@AuicBot".
        return lower.replaceFirst("^(/\\w+)@\\w+", "$1");
    }

    static Parsed<Boolean> yesNo(String text) {
        String answer = simplify(text);
        if (YES.contains(answer)) {
            return Parsed.value(true);
        }
        if (NO.contains(answer)) {
            return Parsed.value(false);
        }
        return Parsed.refused("Please answer yes or no.", "Rispondi sì o no.");
    }

    static Optional<BigDecimal> number(String text) {
        Matcher m = NUMBER.matcher(simplify(text));
        return m.matches() ? Optional.of(new BigDecimal(m.group(1).replace(',', '.'))) : Optional.empty();
    }

    static Parsed<BigDecimal> decimal(String text, BigDecimal low, BigDecimal high) {
        Optional<BigDecimal> value = number(text);
        if (value.isEmpty()) {
            return Parsed.refused("Please write a number, e.g. " + example(low, high) + ".",
                    "Scrivi un numero, ad esempio " + example(low, high).replace('.', ',') + ".");
        }
        if (!Decimals.between(value.get(), low, high)) {
            return outOfRange(value.get(), low, high);
        }
        return Parsed.value(value.get());
    }

    static Parsed<Integer> whole(String text, int low, int high) {
        Optional<BigDecimal> value = number(text);
        if (value.isEmpty() || value.get().stripTrailingZeros().scale() > 0) {
            return Parsed.refused("Please write a whole number, e.g. " + ((low + high) / 2) + ".",
                    "Scrivi un numero intero, ad esempio " + ((low + high) / 2) + ".");
        }
        if (!Decimals.between(value.get(), Decimals.of(low), Decimals.of(high))) {
            return outOfRange(value.get(), Decimals.of(low), Decimals.of(high));
        }
        return Parsed.value(value.get().intValueExact());
    }

    private static <V> Parsed<V> outOfRange(BigDecimal value, BigDecimal low, BigDecimal high) {
        return Parsed.refused(Decimals.show(value) + " is out of range: it must be from " + Decimals.show(low)
                        + " to " + Decimals.show(high) + ".",
                Decimals.showIt(value) + " è fuori intervallo: deve essere tra " + Decimals.showIt(low)
                        + " e " + Decimals.showIt(high) + ".");
    }

    private static String example(BigDecimal low, BigDecimal high) {
        return Decimals.show(low.add(high).divide(Decimals.of(2)).setScale(0, RoundingMode.DOWN));
    }

    /** A date as 2023-07-18, 18/07/2023, 18.07.2023 or 18-07-2023 (day first, as written in Italy). */
    static Parsed<LocalDate> date(String text) {
        String answer = simplify(text);
        Matcher iso = ISO_DATE.matcher(answer);
        Matcher dmy = DMY_DATE.matcher(answer);
        int year;
        int month;
        int day;
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (dmy.matches()) {
            day = Integer.parseInt(dmy.group(1));
            month = Integer.parseInt(dmy.group(2));
            year = Integer.parseInt(dmy.group(3));
        } else {
            return Parsed.refused("Please write a date as day/month/year, e.g. 18/07/2023.",
                    "Scrivi una data come giorno/mese/anno, ad esempio 18/07/2023.");
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (year < 1950 || year > 2100) {
                return Parsed.refused("The year " + year + " is out of range.", "L'anno " + year + " è fuori intervallo.");
            }
            return Parsed.value(date);
        } catch (DateTimeException e) {
            String shown = InvalidInputException.excerpt(text);
            return Parsed.refused("'" + shown + "' is not a real date (check the day and the month).",
                    "'" + shown + "' non è una data esistente (controlla giorno e mese).");
        }
    }

    /** "2020/21", "2020-21", "2020/2021", "a.a. 2020/21", or just "2020" for 2020/21. */
    static Parsed<AcademicYear> academicYear(String text) {
        String answer = simplify(text);
        Matcher pair = YEAR_PAIR.matcher(answer);
        Matcher alone = YEAR_ALONE.matcher(answer);
        int start;
        if (pair.matches()) {
            start = Integer.parseInt(pair.group(1));
            int end = Integer.parseInt(pair.group(2));
            if (end % 100 != (start + 1) % 100 || (end > 99 && end != start + 1)) {
                return Parsed.refused("An academic year spans two consecutive years, e.g. " + start + "/"
                                + String.format("%02d", (start + 1) % 100) + ".",
                        "Un anno accademico copre due anni consecutivi, ad esempio " + start + "/"
                                + String.format("%02d", (start + 1) % 100) + ".");
            }
        } else if (alone.matches()) {
            start = Integer.parseInt(alone.group(1));
        } else {
            return Parsed.refused("Please write an academic year, e.g. 2020/21.",
                    "Scrivi un anno accademico, ad esempio 2020/21.");
        }
        if (start < AcademicYear.MIN_START || start > AcademicYear.MAX_START) {
            return Parsed.refused("The year " + start + " is out of range.", "L'anno " + start + " è fuori intervallo.");
        }
        return Parsed.value(new AcademicYear(start));
    }
}
