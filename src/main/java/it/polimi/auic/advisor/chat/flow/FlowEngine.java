package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.chat.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs any {@link FlowDefinition}: asks the first relevant unanswered question, checks each answer, handles
 * back, cancel, skip and pasted {@code name=value} arguments, and gives the verdict when nothing is left.
 */
final class FlowEngine {

    private final FlowDefinition definition;

    FlowEngine(FlowDefinition definition) {
        this.definition = definition;
    }

    FlowTurn start(String text, FlowContext context, Language language) {
        List<Phrase> notes = new ArrayList<>();
        FlowState state = FlowState.begin(definition.id());
        state = fill(state, text, context, notes);
        for (Map.Entry<String, Parsed> shorthand : definition.shorthand(text, context).entrySet()) {
            state = apply(state, stepKeyed(shorthand.getKey()).orElseThrow(), shorthand.getValue(), "", notes, true);
        }
        if (!state.answered().isEmpty()) {
            // Someone who pastes values wants the verdict: optional questions they left out take their defaults.
            for (Step step : definition.steps()) {
                if (step.isOptional() && !state.isAnswered(step.key())) {
                    state = state.answer(step.key(), Map.of(step.key(), Optional.empty()));
                }
            }
        }
        return advance(state, notes, context, language, FlowTurn.Outcome.ASKED, true);
    }

    FlowTurn next(FlowState state, String text, FlowContext context, Language language) {
        Optional<Step> pending = stepKeyed(state.pending()).filter(Step::asked);
        String typed = text == null ? "" : text.strip();
        String answer = pending.map(step -> actionOfLabel(state, step, typed, context)).orElse(typed);
        String simplified = withoutSymbols(answer);
        if (Keywords.isCancel(simplified)) {
            return new FlowTurn(FlowReplies.cancelled(language), Optional.empty(), FlowTurn.Outcome.CANCELLED);
        }
        if (pending.isEmpty()) {
            return advance(state, new ArrayList<>(), context, language, FlowTurn.Outcome.ASKED);
        }
        return steer(state, pending.get(), simplified, context, language)
                .orElseGet(() -> answer(state, pending.get(), answer, context, language));
    }

    /**
     * Where buttons cannot be pressed (the console), typing a button's label works like pressing it: "MSc 1st year,
     * winter call", "Same: 155", "I don't know: skip", in either language, with or without its emoji.
     */
    private String actionOfLabel(FlowState state, Step step, String typed, FlowContext context) {
        String wanted = withoutSymbols(typed);
        if (wanted.isEmpty()) {
            return typed;
        }
        List<Question.Choice> choices = new ArrayList<>(step.prompt().ask(new Answers(state), context).choices());
        if (step.isOptional()) {
            choices.add(new Question.Choice(step.skip(), Keywords.SKIP));
        }
        return choices.stream()
                .filter(c -> wanted.equals(withoutSymbols(c.label().en())) || wanted.equals(withoutSymbols(c.label().it())))
                .map(Question.Choice::action).findFirst().orElse(typed);
    }

    private static String withoutSymbols(String text) {
        return AnswerParsers.simplify(text).replaceAll("^[^\\p{L}\\p{N}/]+", "").trim();
    }

    /** The words that move through the flow rather than answer: back, done (for a list), skip (when optional). */
    private Optional<FlowTurn> steer(FlowState state, Step step, String simplified, FlowContext context, Language language) {
        if (Keywords.isBack(simplified)) {
            return Optional.of(back(state, step, context, language));
        }
        if (step.repeating() && Keywords.isDone(simplified)) {
            if (state.value(step.key()).isEmpty()) {
                return Optional.of(rejected(state, step, Phrase.of("Add at least one first.", "Prima aggiungine almeno uno."),
                        context, language));
            }
            return Optional.of(advance(state.answer(step.key(), Map.of()), new ArrayList<>(), context, language,
                    FlowTurn.Outcome.ASKED));
        }
        if (step.isOptional() && Keywords.isSkip(simplified)) {
            return Optional.of(advance(state.answer(step.key(), Map.of(step.key(), Optional.empty())), new ArrayList<>(),
                    context, language, FlowTurn.Outcome.ASKED));
        }
        return Optional.empty();
    }

    /** Reads the answer to the pending question; failing that, pasted {@code name=value} pairs; failing both, asks again. */
    private FlowTurn answer(FlowState state, Step step, String answer, FlowContext context, Language language) {
        if (answer.length() > AnswerParsers.MAX_ANSWER_LENGTH) {
            return rejected(state, step, Phrase.of("That message is too long for an answer.",
                    "Il messaggio è troppo lungo per una risposta."), context, language);
        }
        List<Phrase> notes = new ArrayList<>();
        Parsed parsed = step.parser().parse(answer, new Answers(state), context);
        if (parsed instanceof Parsed.Accepted accepted) {
            return advance(apply(state, step, accepted, "", notes, false), notes, context, language, FlowTurn.Outcome.ASKED);
        }
        FlowState filled = fill(state, answer, context, notes);
        if (filled != state) {
            return advance(filled, notes, context, language, FlowTurn.Outcome.ASKED);
        }
        return rejected(state, step, ((Parsed.Refused) parsed).reason(), context, language);
    }

    ChatReply resume(FlowState state, FlowContext context, Language language) {
        Optional<Step> pending = stepKeyed(state.pending());
        Phrase back = Phrase.of("Back to where we were:", "Riprendiamo da dove eravamo:");
        if (pending.isEmpty()) {
            return advance(state, new ArrayList<>(List.of(back)), context, language, FlowTurn.Outcome.ASKED).reply();
        }
        return ask(state, pending.get(), List.of(back), context, language);
    }

    /** Applies the {@code name=value} pairs of a message; returns the same instance when there were none. */
    private FlowState fill(FlowState state, String text, FlowContext context, List<Phrase> notes) {
        FlowState filled = state;
        for (InlineArguments.Assignment pair : InlineArguments.parse(text)) {
            Optional<Step> step = definition.steps().stream().filter(s -> s.names().contains(pair.name())).findFirst();
            if (step.isEmpty()) {
                String name = InvalidInputException.excerpt(pair.name());
                notes.add(Phrase.of("I don't know '" + name + "'. Pasted answers look like: " + definition.pasteExample(),
                        "Non conosco '" + name + "'. Le risposte incollate si scrivono così: " + definition.pasteExample()));
                continue;
            }
            Parsed parsed = step.get().parser().parse(pair.value(), new Answers(filled), context);
            filled = apply(filled, step.get(), parsed, pair.name() + "=" + InvalidInputException.excerpt(pair.value()) + ": ",
                    notes, true);
        }
        return filled;
    }

    private FlowState apply(FlowState state, Step step, Parsed parsed, String label, List<Phrase> notes, boolean complete) {
        if (parsed instanceof Parsed.Refused refused) {
            notes.add(Phrase.of(label + refused.reason().en(), label + refused.reason().it()));
            return state;
        }
        Map<String, Object> values = ((Parsed.Accepted) parsed).values();
        if (step.repeating() && !complete) {
            return state.collect(step.key(), values.get(step.key()));
        }
        return state.answer(step.key(), values);
    }

    private FlowTurn advance(FlowState state, List<Phrase> notes, FlowContext context, Language language,
                             FlowTurn.Outcome outcome) {
        return advance(state, notes, context, language, outcome, false);
    }

    /** Asks the first relevant unanswered question (after the intro, at the start), or gives the verdict. */
    private FlowTurn advance(FlowState state, List<Phrase> notes, FlowContext context, Language language,
                             FlowTurn.Outcome outcome, boolean intro) {
        Answers answers = new Answers(state);
        Optional<Step> next = definition.steps().stream()
                .filter(step -> step.asked() && !state.isAnswered(step.key()) && step.applies(answers, context))
                .findFirst();
        if (next.isPresent()) {
            FlowState waiting = state.pendingOn(next.get().key());
            List<Phrase> shown = new ArrayList<>();
            if (intro) {
                shown.add(definition.intro());
            }
            shown.addAll(notes);
            return new FlowTurn(ask(waiting, next.get(), shown, context, language), Optional.of(waiting), outcome);
        }
        return finish(state, notes, context, language);
    }

    private FlowTurn finish(FlowState state, List<Phrase> notes, FlowContext context, Language language) {
        try {
            ChatReply verdict = definition.verdict(new Answers(state), context, language);
            ChatReply.Builder reply = ChatReply.builder();
            notes.forEach(note -> reply.text(note.in(language)));
            verdict.blocks().forEach(reply::block);
            verdict.keyboard().forEach(reply::buttons);
            return new FlowTurn(reply.build(), Optional.empty(), FlowTurn.Outcome.FINISHED);
        } catch (InvalidInputException e) {
            // The answers broke a rule across questions; ask again the one the rule names.
            Step step = definition.steps().stream().filter(s -> s.names().contains(e.field().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(definition.steps().get(0));
            FlowState again = state.forget(step.key()).pendingOn(step.key());
            Phrase reason = Phrase.of(e.getMessage(), e.getMessage());
            return new FlowTurn(ask(again, step, List.of(reason), context, language), Optional.of(again), FlowTurn.Outcome.ASKED);
        }
    }

    private FlowTurn back(FlowState state, Step step, FlowContext context, Language language) {
        Optional<Object> partial = state.value(step.key());
        if (step.repeating() && partial.isPresent() && partial.get() instanceof List<?> items && !items.isEmpty()) {
            List<?> kept = items.subList(0, items.size() - 1);
            FlowState undone = kept.isEmpty() ? state.forget(step.key()) : state.collect(step.key(), List.copyOf(kept));
            Phrase note = Phrase.of("Removed the last one.", "Ho tolto l'ultimo.");
            return new FlowTurn(ask(undone, step, List.of(note), context, language), Optional.of(undone), FlowTurn.Outcome.ASKED);
        }
        if (state.answered().isEmpty()) {
            Phrase note = Phrase.of("This is the first question; press Cancel to stop.",
                    "Questa è la prima domanda; premi Annulla per smettere.");
            return new FlowTurn(ask(state, step, List.of(note), context, language), Optional.of(state), FlowTurn.Outcome.ASKED);
        }
        String previous = state.answered().get(state.answered().size() - 1);
        Step earlier = stepKeyed(previous).orElse(step);
        FlowState reopened = state.forget(previous).pendingOn(earlier.key());
        return new FlowTurn(ask(reopened, earlier, List.of(), context, language), Optional.of(reopened), FlowTurn.Outcome.ASKED);
    }

    private FlowTurn rejected(FlowState state, Step step, Phrase reason, FlowContext context, Language language) {
        return new FlowTurn(ask(state, step, List.of(reason), context, language), Optional.of(state), FlowTurn.Outcome.REJECTED);
    }

    private ChatReply ask(FlowState state, Step step, List<Phrase> notes, FlowContext context, Language language) {
        Answers answers = new Answers(state);
        boolean partial = state.value(step.key()).isPresent();
        boolean canGoBack = !state.answered().isEmpty() || (step.repeating() && partial);
        return FlowReplies.question(notes, step.prompt().ask(answers, context), canGoBack, step, partial, language);
    }

    private Optional<Step> stepKeyed(String key) {
        return definition.steps().stream().filter(step -> step.key().equals(key)).findFirst();
    }
}
