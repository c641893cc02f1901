package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.calc.gparam.Exam;
import it.polimi.auic.advisor.calc.gparam.GParamCalculator;
import it.polimi.auic.advisor.calc.gparam.GParamInput;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Compute my G" (section 6.1): exams as {@code grade x credits} ({@code 30L} for honours), in one message or
 * several until Done; {@code /g 28x8 30Lx12 25x6} gives the verdict at once.
 */
final class GParamFlow implements FlowDefinition<GParamAnswers> {

    static final String EXAMS = "exams";

    /** "28x8", "30Lx12", "30 lode x 12", "27 × 6", "27*6". */
    private static final Pattern EXAM = Pattern.compile(
            "(?<![\\w.])(\\d{1,3})\\s*(l|lode|e lode|\\+)?\\s*[x×*]\\s*(\\d{1,3})(?!\\w|[.,]\\d)", Pattern.CASE_INSENSITIVE);

    private final List<Step<GParamAnswers, ?>> steps = List.of(
            Step.of(EXAMS, List.of("esami"), GParamFlow::examsQuestion, GParamFlow::parseExams, GParamAnswers::sent,
                    GParamAnswers::withExams).collecting(GParamAnswers::withoutLast));

    @Override
    public FlowId id() {
        return FlowId.GPARAM;
    }

    @Override
    public Phrase intro() {
        return Phrase.of("Let's compute your parameter G for studio allocation (programme rules §6.1): G = Σ grade × credits.",
                "Calcoliamo il tuo parametro G per l'assegnazione dei laboratori (regolamento §6.1): G = Σ voto × crediti.");
    }

    @Override
    public GParamAnswers noAnswers() {
        return GParamAnswers.NONE;
    }

    @Override
    public List<Step<GParamAnswers, ?>> steps() {
        return steps;
    }

    @Override
    public String pasteExample() {
        return "/g 28x8 30Lx12 25x6";
    }

    @Override
    public Map<String, Parsed<GParamAnswers>> shorthand(String text, GParamAnswers answers, FlowContext context) {
        // The exams in the first message, read afresh: "/g 28x8 30Lx12" is the whole list.
        return EXAM.matcher(text).find()
                ? Map.of(EXAMS, read(text, List.of()).map(exams -> answers.withExams(Optional.of(exams))))
                : Map.of();
    }

    @Override
    public ChatReply verdict(GParamAnswers a, FlowContext c, Language language) {
        GParamInput input = new GParamInput(a.exams());
        return VerdictReplies.gparam(new GParamCalculator(c.config().gparam()).evaluate(input), language);
    }

    private static Parsed<List<Exam>> parseExams(String text, GParamAnswers a, FlowContext c) {
        return read(text, a.exams());
    }

    /** The exams in {@code text} added to {@code before}; refused whole when one cannot be read. */
    private static Parsed<List<Exam>> read(String text, List<Exam> before) {
        List<Exam> exams = new ArrayList<>(before);
        Matcher m = EXAM.matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
            String token = m.group();
            try {
                exams.add(new Exam(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(2) != null));
            } catch (InvalidInputException e) {
                return Parsed.refused(token + ": " + e.problem() + ". Nothing added from this message; please send it again.",
                        token + ": " + problemIt(e) + ". Non ho aggiunto nulla da questo messaggio; rimandalo corretto.");
            }
        }
        if (found == 0) {
            return Parsed.refused("Please write each exam as grade x credits, e.g. 28x8, or 30Lx12 for honours.",
                    "Scrivi ogni esame come voto x crediti, ad esempio 28x8, o 30Lx12 per la lode.");
        }
        if (exams.size() > GParamInput.MAX_EXAMS) {
            return Parsed.refused("That is more than " + GParamInput.MAX_EXAMS + " exams.", "Sono più di " + GParamInput.MAX_EXAMS + " esami.");
        }
        return Parsed.value(List.copyOf(exams));
    }

    private static String problemIt(InvalidInputException e) {
        switch (e.field()) {
            case "grade":
                return "il voto va da 18 a 30";
            case "credits":
                return "i crediti vanno da 1 a " + Exam.MAX_CREDITS;
            default:
                return "la lode si dà solo con 30";
        }
    }

    private static Question examsQuestion(GParamAnswers a, FlowContext c) {
        List<Exam> exams = a.exams();
        if (exams.isEmpty()) {
            return Question.of("Send your passed exams as grade x credits, e.g. 28x8 30Lx12 25x6 (L = honours). One message or several; then press Done.",
                    "Manda i tuoi esami superati come voto x crediti, ad esempio 28x8 30Lx12 25x6 (L = lode). In uno o più messaggi; poi premi Fatto.");
        }
        int credits = exams.stream().mapToInt(Exam::credits).sum();
        String g = Decimals.show(new GParamCalculator(c.config().gparam()).evaluate(new GParamInput(exams)).g());
        int count = exams.size();
        return Question.of("So far " + count + (count == 1 ? " exam, " : " exams, ") + credits + " credits, G = " + g
                        + ". Send more, or press Done.",
                "Finora " + count + (count == 1 ? " esame, " : " esami, ") + credits + " crediti, G = " + g
                        + ". Mandane altri, o premi Fatto.");
    }
}
