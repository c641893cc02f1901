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

/**
 * "Compute my G" (section 6.1): exams as {@code grade x credits} ({@code 30L} for honours), in one message or
 * several until Done; {@code /g 28x8 30Lx12 25x6} gives the verdict at once.
 */
final class GParamFlow implements FlowDefinition<GParamAnswers> {

    static final String EXAMS = "exams";

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
        return GradeList.hasExams(text.replaceFirst("^/\\w+", ""))
                ? Map.of(EXAMS, read(text.replaceFirst("^/\\w+", ""), List.of()).map(exams -> answers.withExams(Optional.of(exams))))
                : Map.of();
    }

    private static final Map<String, Phrase> LABELS = Map.ofEntries(
            Map.entry(EXAMS, Phrase.of("Exams", "Esami")));

    @Override
    public Phrase label(String key) {
        return LABELS.getOrDefault(key, Phrase.of(key, key));
    }

    @Override
    public ChatReply verdict(GParamAnswers a, FlowContext c, Language language) {
        GParamInput input = new GParamInput(a.exams());
        return VerdictReplies.gparam(new GParamCalculator(c.config().gparam()).evaluate(input), language);
    }

    private static Parsed<List<Exam>> parseExams(String text, GParamAnswers a, FlowContext c) {
        return read(text, a.exams());
    }

    /**
     * The exams in {@code text} added to {@code before}; refused whole, with what was and was not understood,
     * when a piece cannot be read: nothing a student pasted is dropped silently.
     */
    private static Parsed<List<Exam>> read(String text, List<Exam> before) {
        GradeList.Reading reading = GradeList.read(text);
        if (reading.isEmpty() && reading.unread().isEmpty() || reading.exams().isEmpty() && reading.impossible().isEmpty()) {
            return Parsed.refused("Please write each exam as grade and credits, e.g. 28x8, 28/8 or 30L x 12 for honours.",
                    "Scrivi ogni esame come voto e crediti, ad esempio 28x8, 28/8 o 30L x 12 per la lode.");
        }
        if (!reading.impossible().isEmpty() || !reading.unread().isEmpty()) {
            String understood = reading.read().isEmpty() ? "" : String.join(", ", reading.read());
            String problems = String.join("; ", reading.impossible());
            String unread = String.join("; ", reading.unread().stream().map(u -> "\u201C" + u + "\u201D").toList());
            return Parsed.refused(
                    (understood.isEmpty() ? "" : "I understood " + understood + ". ")
                            + (problems.isEmpty() ? "" : problems + ". ")
                            + (unread.isEmpty() ? "" : "I could not read " + unread + ". ")
                            + "Nothing added from this message; please send it again, each exam as grade x credits.",
                    (understood.isEmpty() ? "" : "Ho capito " + understood + ". ")
                            + (problems.isEmpty() ? "" : problemsIt(reading) + ". ")
                            + (unread.isEmpty() ? "" : "Non ho capito " + unread + ". ")
                            + "Non ho aggiunto nulla da questo messaggio; rimandalo, ogni esame come voto x crediti.");
        }
        List<Exam> exams = new ArrayList<>(before);
        exams.addAll(reading.exams());
        if (exams.size() > GParamInput.MAX_EXAMS) {
            return Parsed.refused("That is more than " + GParamInput.MAX_EXAMS + " exams.", "Sono più di " + GParamInput.MAX_EXAMS + " esami.");
        }
        return Parsed.value(List.copyOf(exams));
    }

    /** The impossible exams, each with its problem in Italian. */
    private static String problemsIt(GradeList.Reading reading) {
        return String.join("; ", reading.impossible().stream().map(GParamFlow::problemIt).toList());
    }

    /** "17x6: must be a whole number from 18 to 30" as "17x6: il voto va da 18 a 30". */
    private static String problemIt(String impossible) {
        String token = impossible.substring(0, impossible.indexOf(':'));
        if (impossible.contains("from 18 to 30")) {
            return token + ": il voto va da 18 a 30";
        }
        if (impossible.contains("honours")) {
            return token + ": la lode si dà solo con 30";
        }
        return token + ": i crediti vanno da 1 a " + Exam.MAX_CREDITS;
    }

    private static Question examsQuestion(GParamAnswers a, FlowContext c) {
        List<Exam> exams = a.exams();
        if (exams.isEmpty()) {
            return Question.of("Send your passed exams as grade and credits, e.g. 28x8, 30L x 12, 25/6 (L = honours), one per line or separated by commas. One message or several; then press Done.",
                    "Manda i tuoi esami superati come voto e crediti, ad esempio 28x8, 30 e lode/12, 25/6, uno per riga o separati da virgole. In uno o più messaggi; poi premi Fatto.");
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
