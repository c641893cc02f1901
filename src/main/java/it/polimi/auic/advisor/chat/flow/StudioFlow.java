package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.calc.studio.Attendance;
import it.polimi.auic.advisor.calc.studio.StudioCalculator;
import it.polimi.auic.advisor.calc.studio.StudioInput;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Until when can I take the studio exam?" (section 5.4.1), judged as of today unless asof= is pasted. */
final class StudioFlow implements FlowDefinition<StudioAnswers> {

    static final String YEAR = "year";
    static final String ATTENDANCE = "attendance";
    static final String AS_OF = "asof";

    private static final Pattern HOURS = Pattern.compile(
            "(\\d{1,5}(?:[.,]\\d{1,2})?)\\s*(?:h|hours|ore)?\\s*(?:/|of|out of|su|di)\\s*(\\d{1,5}(?:[.,]\\d{1,2})?)\\s*(?:h|hours|ore)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%?");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*[/-]\\s*(?:\\d{2}|(?:19|20)\\d{2})(?![\\d/-])");
    private static final Pattern PERCENT_INSIDE = Pattern.compile(
            "(?<![\\d.,/])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*(?:%|percent|per cent|per cento|percento)");
    private static final Pattern HOURS_INSIDE = Pattern.compile(
            "(?<![\\d.,/])(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*(?:h|hours|ore)?\\s*(?:out of|su|of|/)\\s*(\\d{1,4}(?:[.,]\\d{1,2})?)"
                    + "\\s*(?:h|hours|ore)\\b|(?<![\\d.,/])(\\d{1,3})\\s*(?:h|hours|ore)?\\s*(?:out of|su)\\s*(\\d{1,3})(?!\\d)");

    private final List<Step<StudioAnswers, ?>> steps = List.of(
            Step.of(YEAR, List.of("attendanceAcademicYear", "anno"), (a, c) -> yearQuestion(c),
                    (text, a, c) -> AnswerParsers.academicYear(text), StudioAnswers::year, StudioAnswers::withYear),
            Step.of(ATTENDANCE, List.of("attendancePercent", "frequenza", "percent", "hours", "ore"), (a, c) -> Question.of(
                            "How much of the studio did you attend? Write a percentage (85%) or hours attended / total hours (90/120).",
                            "Quanto del laboratorio hai frequentato? Scrivi una percentuale (85%) o ore frequentate / ore totali (90/120)."),
                    StudioFlow::parseAttendance, StudioAnswers::attendance, StudioAnswers::withAttendance),
            Step.of(AS_OF, List.of("asOf", "date", "data"), (a, c) -> Question.of("", ""),
                    (text, a, c) -> AnswerParsers.date(text), StudioAnswers::asOf, StudioAnswers::withAsOf).inlineOnly());

    @Override
    public FlowId id() {
        return FlowId.STUDIO;
    }

    @Override
    public Phrase intro() {
        return Phrase.of("Let's check your studio attendance and exam deadline (programme rules §5.4.1).",
                "Verifichiamo la frequenza del laboratorio e la scadenza dell'esame (regolamento §5.4.1).");
    }

    @Override
    public StudioAnswers noAnswers() {
        return StudioAnswers.NONE;
    }

    @Override
    public List<Step<StudioAnswers, ?>> steps() {
        return steps;
    }

    @Override
    public String pasteExample() {
        return "/studio year=2025/26 attendance=85% (or attendance=90/120)";
    }

    @Override
    public Map<String, String> valuesIn(String text, FlowContext context) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        String simplified = AnswerParsers.simplify(text);
        Matcher year = YEAR_IN_TEXT.matcher(simplified);
        if (year.find()) {
            values.put(YEAR, year.group());
        } else if (FreeText.says(simplified, Set.of("this year", "quest'anno", "questo anno", "this academic year"))) {
            values.put(YEAR, context.currentYear().toString());
        } else if (FreeText.says(simplified, Set.of("last year", "l'anno scorso", "anno scorso", "lo scorso anno"))) {
            values.put(YEAR, context.currentYear().previous().toString());
        }
        Matcher percent = PERCENT_INSIDE.matcher(simplified);
        Matcher hours = HOURS_INSIDE.matcher(simplified);
        if (percent.find()) {
            values.put(ATTENDANCE, percent.group());
        } else if (hours.find()) {
            values.put(ATTENDANCE, hours.group());
        }
        return values;
    }

    private static final Map<String, Phrase> LABELS = Map.ofEntries(
            Map.entry(YEAR, Phrase.of("Attendance year", "Anno di frequenza")),
            Map.entry(ATTENDANCE, Phrase.of("Attendance", "Frequenza")));

    @Override
    public Phrase label(String key) {
        return LABELS.getOrDefault(key, Phrase.of(key, key));
    }

    @Override
    public ChatReply verdict(StudioAnswers a, FlowContext c, Language language) {
        LocalDate asOf = a.asOf().orElse(c.today());
        StudioInput input = new StudioInput(a.year().orElseThrow(), a.attendance().orElseThrow(), asOf);
        return VerdictReplies.studio(new StudioCalculator(c.config().calendar()).evaluate(input), language);
    }

    private static Question yearQuestion(FlowContext c) {
        AcademicYear current = c.currentYear();
        return Question.of("In which academic year did you attend the studio?",
                "In che anno accademico hai frequentato il laboratorio?",
                Question.Choice.same(current.toString()), Question.Choice.same(current.previous().toString()),
                Question.Choice.same(current.previous().previous().toString()));
    }

    /**
     * A percentage (85%, "80 percent", "80 per cento", a bare 85) or hours attended of the total (90/120, "90 ore
     * su 120"), alone or inside a sentence.
     */
    static Parsed<Attendance> parseAttendance(String text, StudioAnswers a, FlowContext c) {
        String answer = AnswerParsers.simplify(text);
        Matcher hours = HOURS.matcher(answer);
        Matcher percent = PERCENT.matcher(answer);
        Matcher percentInside = PERCENT_INSIDE.matcher(answer);
        try {
            if (hours.matches()) {
                return Parsed.value(new Attendance.Hours(decimal(hours.group(1)), decimal(hours.group(2))));
            }
            if (percent.matches()) {
                return Parsed.value(new Attendance.Percent(decimal(percent.group(1))));
            }
            if (percentInside.find()) {
                return Parsed.value(new Attendance.Percent(decimal(percentInside.group(1))));
            }
            Matcher hoursInside = HOURS_INSIDE.matcher(answer);
            if (hoursInside.find()) {
                boolean first = hoursInside.group(1) != null;
                return Parsed.value(new Attendance.Hours(decimal(hoursInside.group(first ? 1 : 3)),
                        decimal(hoursInside.group(first ? 2 : 4))));
            }
            java.util.Optional<BigDecimal> alone = AnswerParsers.numberFor(text, BigDecimal.ZERO, BigDecimal.valueOf(100),
                    Cues.PERCENT);
            if (alone.isPresent()) {
                return Parsed.value(new Attendance.Percent(alone.get()));
            }
        } catch (InvalidInputException e) {
            if (e.field().equals("attendedHours")) {
                return Parsed.refused("The hours attended cannot be more than the total.",
                        "Le ore frequentate non possono superare il totale.");
            }
            return Parsed.refused("A share of attendance goes from 0 to 100% (and the total hours above 0).",
                    "La frequenza va da 0 a 100% (e le ore totali sopra 0).");
        }
        return Parsed.refused("Please write a percentage like 85% or hours like 90/120.",
                "Scrivi una percentuale come 85% o delle ore come 90/120.");
    }

    private static BigDecimal decimal(String number) {
        return new BigDecimal(number.replace(',', '.'));
    }
}
