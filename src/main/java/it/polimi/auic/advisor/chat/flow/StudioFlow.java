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

    private static Parsed<Attendance> parseAttendance(String text, StudioAnswers a, FlowContext c) {
        String answer = AnswerParsers.simplify(text);
        Matcher hours = HOURS.matcher(answer);
        Matcher percent = PERCENT.matcher(answer);
        try {
            if (hours.matches()) {
                return Parsed.value(new Attendance.Hours(decimal(hours.group(1)), decimal(hours.group(2))));
            }
            if (percent.matches()) {
                return Parsed.value(new Attendance.Percent(decimal(percent.group(1))));
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
