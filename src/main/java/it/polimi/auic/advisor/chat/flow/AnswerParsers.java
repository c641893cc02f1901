package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the usual kinds of answer leniently, as students write them: inside a sentence ("mi sono iscritta
 * nel 2022", "around 27.5", "sì, ho l'IELTS"), with Italian decimal commas and day-first dates; says what was
 * wrong otherwise.
 */
final class AnswerParsers {

    static final int MAX_ANSWER_LENGTH = 500;

    private static final Set<String> YES = Set.of("yes", "y", "si", "s", "true", "yeah", "yep", "yup", "sure", "certo",
            "ok", "okay", "certamente", "esatto", "exactly", "correct", "giusto", "affirmative");
    private static final Set<String> NO = Set.of("no", "n", "false", "nope", "non", "nah", "never", "mai");
    /** Ways of saying yes or no that do not start with the word itself. */
    private static final Set<String> YES_PHRASES = Set.of("of course", "i have", "i do", "i did", "i am", "i will",
            "ce l'ho", "l'ho", "ho la", "ho il", "ho l'", "ce l ho", "sono del", "certo che si");
    private static final Set<String> NO_PHRASES = Set.of("not yet", "i don't", "i do not", "i haven't", "i have not",
            "don't have", "i didn't", "i am not", "i'm not", "non ancora", "non ce l'ho", "non ce l ho", "non ho",
            "non sono");
    /** How students say they do not know: the skip button, where a question has one. */
    private static final Set<String> DONT_KNOW = Set.of("don't know", "dont know", "do not know", "dunno", "idk",
            "no idea", "not sure", "no clue", "can't remember", "cant remember", "don't remember", "dont remember",
            "non lo so", "non so", "boh", "bho", "non ricordo", "non me lo ricordo", "non mi ricordo", "chissa",
            "non saprei", "nessuna idea", "non sono sicuro", "non sono sicura");
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?\\d{1,9}(?:[.,]\\d{1,9})?)\\s*(?:cfu|ects|credits?|crediti|points?|punti|pt|pts)?");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern DMY_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    private static final Pattern NAMED_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + Months.NAMES + ")\\s*,?\\s*(\\d{4})(?!\\d)");
    private static final Pattern MONTH_FIRST_DATE = Pattern.compile(
            "\\b(" + Months.NAMES + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})(?!\\d)");
    private static final Pattern YEAR_PAIR = Pattern.compile("(?:a\\.?\\s*a\\.?|ay)?\\s*(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR_PAIR_INSIDE = Pattern.compile("(?<!\\d)(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})(?![\\d/-])");
    private static final Pattern YEAR_ALONE = Pattern.compile("(\\d{4})");
    private static final Pattern YEAR_INSIDE = Pattern.compile("(?<![\\d/.,-])((?:19|20)\\d{2})(?![\\d/.,-])");

    private AnswerParsers() {
    }

    /** Lower case, no accents, no surrounding spaces or closing punctuation: "Sì!" → "si". */
    static String simplify(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String lower = plain.toLowerCase(Locale.ROOT).trim().replaceAll("[.!?]+$", "").trim();
        // Telegram adds the bot's name to commands sent in groups: "/cancel@AuicBot".
        return lower.replaceFirst("^(/\\w+)@\\w+", "$1");
    }

    /** Yes or no, as the first word ("sì, ho l'IELTS") or a usual phrase ("of course", "not yet"). */
    static Parsed<Boolean> yesNo(String text) {
        String answer = simplify(text);
        if (dontKnow(answer) && !YES.contains(answer) && !NO.contains(answer)) {
            return Parsed.refused("Please answer yes or no.", "Rispondi sì o no.");
        }
        String first = FreeText.firstWord(answer);
        boolean no = NO.contains(answer) || NO.contains(first) || FreeText.says(answer, NO_PHRASES);
        boolean yes = !no && (YES.contains(answer) || YES.contains(first) || FreeText.says(answer, YES_PHRASES));
        if (yes) {
            return Parsed.value(true);
        }
        if (no) {
            return Parsed.value(false);
        }
        return Parsed.refused("Please answer yes or no.", "Rispondi sì o no.");
    }

    /** Whether the student says they do not know ("boh", "non lo so", "no idea"). */
    static boolean dontKnow(String text) {
        return FreeText.says(simplify(text), DONT_KNOW);
    }

    /** The one number the text gives (with its unit, if any: "28 cfu"), or the only one of several in words. */
    static Optional<BigDecimal> number(String text) {
        Matcher m = NUMBER.matcher(simplify(text));
        if (m.matches()) {
            return Optional.of(new BigDecimal(m.group(1).replace(',', '.')));
        }
        List<FreeText.Number> numbers = FreeText.numbers(simplify(text));
        return numbers.size() == 1 ? Optional.of(numbers.get(0).value()) : Optional.empty();
    }

    /**
     * The number a message gives for a question: the only one in it; or, of several, the only one in range,
     * or the only one next to one of {@code cues} ("150 cfu"); empty when it gives none or it is not clear which.
     */
    static Optional<BigDecimal> numberFor(String text, BigDecimal low, BigDecimal high, Set<String> cues) {
        Optional<BigDecimal> alone = number(text);
        if (alone.isPresent()) {
            return alone;
        }
        List<FreeText.Number> numbers = FreeText.numbers(simplify(text));
        int nearest = numbers.stream().mapToInt(n -> n.distance(cues)).min().orElse(Integer.MAX_VALUE);
        List<FreeText.Number> cued = numbers.stream()
                .filter(n -> n.near(cues) && n.distance(cues) == nearest).toList();
        if (cued.size() == 1) {
            return Optional.of(cued.get(0).value());
        }
        List<FreeText.Number> inRange = numbers.stream().filter(n -> Decimals.between(n.value(), low, high)).toList();
        return inRange.size() == 1 ? Optional.of(inRange.get(0).value()) : Optional.empty();
    }

    static Parsed<BigDecimal> decimal(String text, BigDecimal low, BigDecimal high) {
        return decimal(text, low, high, Set.of());
    }

    static Parsed<BigDecimal> decimal(String text, BigDecimal low, BigDecimal high, Set<String> cues) {
        Optional<BigDecimal> value = numberFor(text, low, high, cues);
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
        return whole(text, low, high, Set.of());
    }

    static Parsed<Integer> whole(String text, int low, int high, Set<String> cues) {
        Optional<BigDecimal> value = numberFor(text, Decimals.of(low), Decimals.of(high), cues);
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

    /**
     * A date as 2023-07-18, 18/07/2023, 18.07.2023 or 18-07-2023 (day first, as written in Italy), or with the
     * month's name ("18 July 2023", "July 18, 2023", "18 luglio 2023"), alone or inside a sentence.
     */
    static Parsed<LocalDate> date(String text) {
        String answer = simplify(text);
        Matcher iso = ISO_DATE.matcher(answer);
        Matcher dmy = DMY_DATE.matcher(answer);
        Matcher named = NAMED_DATE.matcher(answer);
        Matcher monthFirst = MONTH_FIRST_DATE.matcher(answer);
        int year;
        int month;
        int day;
        if (iso.find()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (dmy.find()) {
            day = Integer.parseInt(dmy.group(1));
            month = Integer.parseInt(dmy.group(2));
            year = Integer.parseInt(dmy.group(3));
        } else if (named.find()) {
            day = Integer.parseInt(named.group(1));
            month = Months.number(named.group(2));
            year = Integer.parseInt(named.group(3));
        } else if (monthFirst.find()) {
            month = Months.number(monthFirst.group(1));
            day = Integer.parseInt(monthFirst.group(2));
            year = Integer.parseInt(monthFirst.group(3));
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

    /**
     * "2020/21", "2020-21", "2020/2021", "a.a. 2020/21", or just "2020" for 2020/21; alone or inside a sentence
     * ("mi sono iscritta nel 2022").
     */
    static Parsed<AcademicYear> academicYear(String text) {
        String answer = simplify(text);
        Matcher pair = YEAR_PAIR.matcher(answer);
        Matcher alone = YEAR_ALONE.matcher(answer);
        if (!pair.matches() && !alone.matches()) {
            Matcher insidePair = YEAR_PAIR_INSIDE.matcher(answer);
            if (insidePair.find()) {
                return academicYear(insidePair.group());
            }
            Matcher years = YEAR_INSIDE.matcher(answer);
            List<String> found = new ArrayList<>();
            while (years.find()) {
                found.add(years.group(1));
            }
            if (found.size() == 1) {
                return academicYear(found.get(0));
            }
        }
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
