package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.alliance.Alliance4TechCalculator;
import it.polimi.auic.advisor.calc.alliance.AllianceInput;
import it.polimi.auic.advisor.calc.alliance.ApplicationCall;
import it.polimi.auic.advisor.calc.alliance.Site;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * "Check my Alliance4Tech plan" (mobility page): the call, where each MSc semester is spent (one button per
 * place, or the whole plan typed at once), then the credits at each partner and at the Politecnico.
 */
final class AllianceFlow implements FlowDefinition<AllianceAnswers> {

    static final String CALL = "call";
    static final String BERLIN = "berlin";
    static final String MADRID = "madrid";
    static final String POLIMI_CREDITS = "polimi";
    static final int MAX_SEMESTERS = 5;

    private final List<Step<AllianceAnswers, ?>> steps = buildSteps();

    @Override
    public FlowId id() {
        return FlowId.ALLIANCE4TECH;
    }

    @Override
    public Phrase intro() {
        return Phrase.of("Let's check your Alliance4Tech plan against the mobility page's rules.",
                "Verifichiamo il tuo piano Alliance4Tech con le regole della pagina sulla mobilità.");
    }

    @Override
    public AllianceAnswers noAnswers() {
        return AllianceAnswers.NONE;
    }

    @Override
    public List<Step<AllianceAnswers, ?>> steps() {
        return steps;
    }

    @Override
    public String pasteExample() {
        return "/alliance call=MSC1_WINTER plan=P,P,B,M berlin=20 madrid=10 polimi=62";
    }

    @Override
    public Phrase label(String key) {
        if (key.matches("s\\d")) {
            return Phrase.of("Semester " + key.substring(1), "Semestre " + key.substring(1));
        }
        return switch (key) {
            case CALL -> Phrase.of("Call", "Bando");
            case BERLIN -> Phrase.of("Credits at TU Berlin", "Crediti a TU Berlin");
            case MADRID -> Phrase.of("Credits at ETSAM", "Crediti a ETSAM");
            case POLIMI_CREDITS -> Phrase.of("Credits at the Politecnico", "Crediti al Politecnico");
            default -> Phrase.of(key, key);
        };
    }

    @Override
    public ChatReply verdict(AllianceAnswers a, FlowContext c, Language language) {
        Map<Site, BigDecimal> credits = new EnumMap<>(Site.class);
        a.berlin().ifPresent(value -> credits.put(Site.TU_BERLIN, value));
        a.madrid().ifPresent(value -> credits.put(Site.ETSAM, value));
        AllianceInput input = new AllianceInput(a.call().orElseThrow(), a.plan(), credits, a.polimiCredits().orElseThrow());
        return VerdictReplies.alliance(input, new Alliance4TechCalculator().evaluate(input), language);
    }

    static String semesterKey(int number) {
        return "s" + number;
    }

    private static List<Step<AllianceAnswers, ?>> buildSteps() {
        List<Step<AllianceAnswers, ?>> steps = new ArrayList<>();
        steps.add(Step.of(CALL, List.of("applicationCall", "bando"), (a, c) -> callQuestion(),
                (text, a, c) -> AlliancePlanParser.call(text), AllianceAnswers::call, AllianceAnswers::withCall));
        for (int i = 1; i <= MAX_SEMESTERS; i++) {
            int number = i;
            List<String> names = i == 1 ? List.of("plan", "semesters", "piano") : List.of();
            // One place, or the rest of the plan typed at once: each place fills its own semester.
            steps.add(Step.<AllianceAnswers, List<Site>>of(semesterKey(i), names, (a, c) -> semesterQuestion(number, a),
                            (text, a, c) -> AlliancePlanParser.semesters(number, text, a),
                            a -> a.semester(number), (a, places) -> a.withSemesters(number, places))
                    .when((a, c) -> number <= semesterCount(a)));
        }
        steps.add(creditsStep(BERLIN, Site.TU_BERLIN, List.of("tu_berlin", "tuberlin", "berlino"),
                AllianceAnswers::berlin, AllianceAnswers::withBerlin));
        steps.add(creditsStep(MADRID, Site.ETSAM, List.of("etsam"), AllianceAnswers::madrid, AllianceAnswers::withMadrid));
        steps.add(Step.of(POLIMI_CREDITS, List.of("polimiTeachingCredits", "politecnico"), (a, c) -> Question.of(
                        "How many credits of teachings will you earn at the Politecnico, internship and thesis apart?",
                        "Quanti crediti di insegnamenti acquisirai al Politecnico, tirocinio e tesi esclusi?"),
                (text, a, c) -> AnswerParsers.whole(text, 0, AllianceInput.MAX_POLIMI_CREDITS),
                AllianceAnswers::polimiCredits, AllianceAnswers::withPolimiCredits));
        return List.copyOf(steps);
    }

    private static Step<AllianceAnswers, BigDecimal> creditsStep(String key, Site partner, List<String> names,
            Function<AllianceAnswers, Optional<?>> value, BiFunction<AllianceAnswers, Optional<BigDecimal>, AllianceAnswers> keep) {
        return Step.of(key, names, (a, c) -> Question.of(
                                "How many credits do you plan to earn at " + partner.displayName() + "?",
                                "Quanti crediti pensi di acquisire a " + partner.displayName() + "?"),
                        (text, a, c) -> AnswerParsers.decimal(text, BigDecimal.ZERO, AllianceInput.MAX_CREDITS_AT_PARTNER),
                        value, keep)
                .when((a, c) -> a.plan().contains(partner));
    }

    private static int semesterCount(AllianceAnswers a) {
        return a.call().map(ApplicationCall::semesterCount).orElse(4);
    }

    private static Question callQuestion() {
        List<Question.Choice> choices = new ArrayList<>();
        for (ApplicationCall call : ApplicationCall.values()) {
            choices.add(new Question.Choice(Phrase.of(call.displayName(), call.displayNameIt()), call.name()));
        }
        return new Question(Phrase.of("Which call are you applying in?", "In quale bando ti candidi?"), choices);
    }

    private static Question semesterQuestion(int number, AllianceAnswers a) {
        int count = semesterCount(a);
        String hint = number == 1 ? " You can also type the whole plan, e.g. P P B M (Polimi, Polimi, Berlin, Madrid)." : "";
        String hintIt = number == 1 ? " Puoi anche scrivere tutto il piano, ad esempio P P B M (Polimi, Polimi, Berlino, Madrid)." : "";
        return Question.of("Where will you spend MSc semester " + number + " of " + count + "?" + hint,
                "Dove trascorrerai il semestre " + number + " di " + count + " della magistrale?" + hintIt,
                Question.Choice.of("Polimi", "Polimi", Site.POLIMI.name()),
                Question.Choice.of("TU Berlin", "TU Berlin", Site.TU_BERLIN.name()),
                Question.Choice.of("ETSAM", "ETSAM", Site.ETSAM.name()));
    }
}
