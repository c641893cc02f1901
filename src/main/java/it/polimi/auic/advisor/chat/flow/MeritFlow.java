package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.merit.MeritCalculator;
import it.polimi.auic.advisor.calc.merit.MeritInput;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** "Estimate my merit score" (sections 1.3.2 and 1.6). */
final class MeritFlow implements FlowDefinition<MeritAnswers> {

    static final String AVERAGE = "average";
    static final String CREDITS = "credits";
    static final String PORTFOLIO = "portfolio";
    static final String TRAINEESHIP = "traineeship";
    static final String OTHER = "other";
    static final String GRADUATING = "graduating";
    static final String REGISTERED = "registered";

    private final List<Step<MeritAnswers, ?>> steps = List.of(
            Step.of(AVERAGE, List.of("weightedAverage", "avg", "media"), (a, c) -> Question.of(
                            "What is the weighted average of your exams (18 to 30)?",
                            "Qual è la media ponderata dei tuoi esami (da 18 a 30)?"),
                    (text, a, c) -> AnswerParsers.decimal(text, Decimals.of(18), Decimals.of(30), Cues.AVERAGE),
                    MeritAnswers::average, MeritAnswers::withAverage),
            Step.of(CREDITS, List.of("crediti"), (a, c) -> Question.of(
                            "On how many credits is that average computed?",
                            "Su quanti crediti è calcolata quella media?"),
                    (text, a, c) -> AnswerParsers.whole(text, 0, MeritInput.MAX_CREDITS, Cues.CREDITS),
                    MeritAnswers::credits, MeritAnswers::withCredits),
            Step.of(PORTFOLIO, List.of("portfolioPoints"), (a, c) -> Question.of(
                            "What portfolio score do you expect, out of 20? The commission awards it; a guess is fine.",
                            "Che punteggio del portfolio ti aspetti, su 20? Lo assegna la commissione; va bene una stima."),
                    (text, a, c) -> AnswerParsers.decimal(text, BigDecimal.ZERO, MeritInput.MAX_PORTFOLIO, Cues.PORTFOLIO),
                    MeritAnswers::portfolio, MeritAnswers::withPortfolio),
            Step.of(TRAINEESHIP, List.of("traineeshipPoints", "tirocinio"), (a, c) -> Question.of(
                            "Points you expect for documented traineeships or extra-curricular work, out of 10 (0 if none)?",
                            "Punti che ti aspetti per tirocini o lavoro extracurricolare documentati, su 10 (0 se nessuno)?",
                            Question.Choice.same("0")),
                    (text, a, c) -> AnswerParsers.decimal(text, BigDecimal.ZERO, MeritInput.MAX_TRAINEESHIP, Cues.TRAINEESHIP),
                    MeritAnswers::traineeship, MeritAnswers::withTraineeship),
            Step.of(OTHER, List.of("otherQualificationsPoints", "altri"), (a, c) -> Question.of(
                            "Points you expect for other certified qualifications (research, training), out of 10 (0 if none)?",
                            "Punti che ti aspetti per altri titoli certificati (ricerca, formazione), su 10 (0 se nessuno)?",
                            Question.Choice.same("0")),
                    (text, a, c) -> AnswerParsers.decimal(text, BigDecimal.ZERO, MeritInput.MAX_OTHER, Cues.OTHER),
                    MeritAnswers::other, MeritAnswers::withOther),
            Step.of(GRADUATING, List.of("polimiGraduating", "laureando"), (a, c) -> Question.of(
                            "Are you a Politecnico student who has not graduated yet?",
                            "Sei uno studente del Politecnico non ancora laureato?", Choices.YES, Choices.NO),
                    (text, a, c) -> AnswerParsers.yesNo(text), MeritAnswers::graduating, MeritAnswers::withGraduating),
            Step.of(REGISTERED, List.of("registeredCredits", "registrati"), MeritFlow::registeredQuestion,
                    (text, a, c) -> AnswerParsers.whole(text, 0, MeritInput.MAX_CREDITS),
                    MeritAnswers::registered, MeritAnswers::withRegistered)
                    .when((a, c) -> a.isGraduating()));

    @Override
    public FlowId id() {
        return FlowId.MERIT;
    }

    @Override
    public Phrase intro() {
        return Phrase.of("Let's estimate your assessment of merit (programme rules §1.3.2): up to 150 points, at least 100 to be eligible.",
                "Stimiamo la tua valutazione di merito (regolamento §1.3.2): fino a 150 punti, almeno 100 per essere idonei.");
    }

    @Override
    public MeritAnswers noAnswers() {
        return MeritAnswers.NONE;
    }

    @Override
    public List<Step<MeritAnswers, ?>> steps() {
        return steps;
    }

    @Override
    public String pasteExample() {
        return "/merit avg=26 credits=155 portfolio=8 traineeship=2 other=0 graduating=no";
    }

    private static final Map<String, Set<String>> CUES = Map.of(AVERAGE, Cues.AVERAGE, CREDITS, Cues.CREDITS,
            PORTFOLIO, Cues.PORTFOLIO, TRAINEESHIP, Cues.TRAINEESHIP, OTHER, Cues.OTHER);

    @Override
    public Map<String, String> valuesIn(String text, FlowContext context) {
        Map<String, String> values = new java.util.LinkedHashMap<>(CuedValues.assign(text, CUES));
        String simplified = AnswerParsers.simplify(text);
        if (FreeText.says(simplified, Set.of("graduating", "laureando", "laureanda", "not graduated yet",
                "non ancora laureato", "non ancora laureata"))) {
            values.put(GRADUATING, "yes");
        }
        return values;
    }

    private static final Map<String, Phrase> LABELS = Map.ofEntries(
            Map.entry(AVERAGE, Phrase.of("Average", "Media")),
            Map.entry(CREDITS, Phrase.of("Credits", "Crediti")),
            Map.entry(PORTFOLIO, Phrase.of("Portfolio", "Portfolio")),
            Map.entry(TRAINEESHIP, Phrase.of("Traineeship points", "Punti tirocinio")),
            Map.entry(OTHER, Phrase.of("Other points", "Altri punti")),
            Map.entry(GRADUATING, Phrase.of("Graduating at the Politecnico", "Laureando al Politecnico")),
            Map.entry(REGISTERED, Phrase.of("Registered credits", "Crediti registrati")));

    @Override
    public Phrase label(String key) {
        return LABELS.getOrDefault(key, Phrase.of(key, key));
    }

    @Override
    public ChatReply verdict(MeritAnswers a, FlowContext c, Language language) {
        MeritInput input = new MeritInput(a.average().orElseThrow(), a.credits().orElseThrow(),
                a.portfolio().orElseThrow(), a.traineeship().orElseThrow(), a.other().orElseThrow(), a.isGraduating(),
                a.isGraduating() ? a.registered() : Optional.empty());
        return VerdictReplies.merit(new MeritCalculator(c.config().merit()).evaluate(input), language);
    }

    private static Question registeredQuestion(MeritAnswers a, FlowContext c) {
        String same = a.credits().map(String::valueOf).orElse("");
        Question.Choice[] choices = same.isEmpty() ? new Question.Choice[0]
                : new Question.Choice[] {Question.Choice.of("Same: " + same, "Gli stessi: " + same, same)};
        return Question.of("How many credits are registered in your career today? Graduating students need 172 to enter the ranking.",
                "Quanti crediti risultano registrati oggi nella tua carriera? Ai laureandi ne servono 172 per entrare in graduatoria.",
                choices);
    }
}
