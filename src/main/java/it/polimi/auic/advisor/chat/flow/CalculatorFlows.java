package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.CalculatorRoute;
import it.polimi.auic.advisor.chat.CalculatorTurn;
import it.polimi.auic.advisor.chat.Calculators;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.config.CalculatorConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The guided calculator conversations, as the chat router uses them ({@link Calculators}). Stateless: a turn's
 * pending conversation carries its {@link FlowState}, which the router keeps in its conversation cache.
 *
 * <p>Inside the package: {@code detect(text)} on a message outside a flow; if present, {@code start(id, text, lang)};
 * then {@code next(state, text, lang)} for each message until the turn's {@code next} is empty. When a
 * {@code REJECTED} answer is really a regulation question, the router answers it and appends {@code resume(state)}.
 *
 * <p>{@code next} reads every message as an answer (or as back, cancel, skip, done, or a button's label typed out),
 * so the router tries {@link #startIfAsked} first, for a command that starts another calculator.
 *
 * <p>Power users may paste answers: {@code name=value} pairs in any order (e.g. {@code /merit avg=26 credits=155
 * portfolio=8 traineeship=2 other=0 graduating=no}), and for G the exams as {@code 28x8 30Lx12 25x6}.
 */
public final class CalculatorFlows implements Calculators {

    private final Supplier<CalculatorConfig> config;
    private final Clock clock;
    private final Map<FlowId, FlowDefinition<?>> definitions = new EnumMap<>(FlowId.class);

    /**
     * @param config the calculators' config, read at every turn so that a live reload applies at once
     * @param clock  today's date for the studio deadline and the academic-year choices (the School's zone)
     */
    public CalculatorFlows(Supplier<CalculatorConfig> config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (FlowDefinition<?> definition : List.of(new AdmissionFlow(), new MeritFlow(), new AllianceFlow(),
                new StudioFlow(), new GParamFlow())) {
            definitions.put(definition.id(), definition);
        }
    }

    /**
     * Whether the text asks for a calculator: a command such as {@code /g 28x8 30Lx12}, or a request such as
     * "am I eligible for automatic admission?", "sono ammesso automaticamente?", "calcola la mia G". Empty otherwise.
     */
    Optional<FlowId> detect(String text) {
        return match(text).filter(FlowTriggers.Match::explicit).map(FlowTriggers.Match::flow);
    }

    /**
     * What the message is to the calculators: as {@link FlowTriggers} reads it, and a request too when it names
     * a calculator's topic and gives the student's own values ("I attended my studio in 2025/26 with 80%
     * attendance"), or gives two values of the merit estimate ("my average is 27 with 150 credits").
     */
    private Optional<FlowTriggers.Match> match(String text) {
        Optional<FlowTriggers.Match> match = FlowTriggers.match(text);
        if (match.isPresent() && !match.get().explicit()) {
            FlowId flow = match.get().flow();
            if (!definitions.get(flow).valuesIn(text, context()).isEmpty()) {
                return Optional.of(new FlowTriggers.Match(flow, true));
            }
        }
        if (match.isEmpty() && text != null && text.length() <= 1000
                && definitions.get(FlowId.MERIT).valuesIn(text, context()).size() >= 2) {
            return Optional.of(new FlowTriggers.Match(FlowId.MERIT, true));
        }
        return match;
    }

    @Override
    public Optional<CalculatorTurn> startIfAsked(String text, Language language) {
        return detect(text).map(id -> forRouter(start(id, text, language)));
    }

    @Override
    public Optional<CalculatorRoute> route(String text, Language language) {
        return match(text).map(m -> new CalculatorRoute(m.flow().title(), m.explicit(),
                new Button(m.flow().offer(language(language)), m.flow().command())));
    }

    /** Starts the flow; {@code name=value} pairs (or exams, for G) in the text fill it, or complete it at once. */
    FlowTurn start(FlowId id, String text, Language language) {
        return start(definitions.get(id), text == null ? "" : text, language(language));
    }

    private <A> FlowTurn start(FlowDefinition<A> definition, String text, Language language) {
        return new FlowEngine<>(definition).start(text, context(), language);
    }

    /** Feeds the next message of a flow in progress: an answer, "back", "/cancel", "skip", "done", or a button's action. */
    FlowTurn next(FlowState<?> state, String text, Language language) {
        return nextOf(state, text, language(language));
    }

    private <A> FlowTurn nextOf(FlowState<A> state, String text, Language language) {
        return new FlowEngine<>(state.definition()).next(state, text, context(), language);
    }

    /** The pending question again, to resume after the student asked something else meanwhile. */
    ChatReply resume(FlowState<?> state, Language language) {
        return resumeOf(state, language(language));
    }

    private <A> ChatReply resumeOf(FlowState<A> state, Language language) {
        return new FlowEngine<>(state.definition()).resume(state, context(), language);
    }

    private CalculatorTurn forRouter(FlowTurn turn) {
        return new CalculatorTurn(turn.reply(), turn.next().map(PendingFlow::new),
                turn.outcome() == FlowTurn.Outcome.REJECTED, turn.finished().map(FinishedFlow::new));
    }

    /** A verdict's answers, for "what if" and "Try other values". */
    private final class FinishedFlow implements Calculators.Finished {

        private final FlowState<?> state;

        FinishedFlow(FlowState<?> state) {
            this.state = state;
        }

        @Override
        public Optional<CalculatorTurn> whatIf(String text, Language language) {
            return whatIfOf(state, text, language(language)).map(CalculatorFlows.this::forRouter);
        }

        @Override
        public boolean asksToChange(String text) {
            return Keywords.isChange(TypedLabels.withoutSymbols(text == null ? "" : text));
        }

        @Override
        public CalculatorTurn chooseChange(Language language) {
            return forRouter(chooseOf(state, language(language)));
        }
    }

    private <A> Optional<FlowTurn> whatIfOf(FlowState<A> state, String text, Language language) {
        return new FlowEngine<>(state.definition()).whatIf(state, text, context(), language);
    }

    private <A> FlowTurn chooseOf(FlowState<A> state, Language language) {
        return new FlowEngine<>(state.definition()).chooseChange(state, context(), language);
    }

    /** A flow's state bound to these flows, as the router keeps it between messages. */
    private final class PendingFlow implements Calculators.Pending {

        private final FlowState<?> state;

        PendingFlow(FlowState<?> state) {
            this.state = state;
        }

        @Override
        public CalculatorTurn next(String text, Language language) {
            return forRouter(CalculatorFlows.this.next(state, text, language));
        }

        @Override
        public ChatReply resume(Language language) {
            return CalculatorFlows.this.resume(state, language);
        }
    }

    private FlowContext context() {
        return new FlowContext(config.get(), LocalDate.now(clock));
    }

    private static Language language(Language language) {
        return language == null ? Language.EN : language;
    }
}
