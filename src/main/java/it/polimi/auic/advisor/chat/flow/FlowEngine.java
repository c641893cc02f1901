package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs any {@link FlowDefinition}: asks the first relevant unanswered question, checks each answer, handles
 * back, cancel, skip and pasted {@code name=value} arguments, and gives the verdict when nothing is left.
 *
 * @param <A> the flow's answers
 */
final class FlowEngine<A> {

    /** The pending key while the student picks which answer to change. */
    static final String CHOOSE_CHANGE = "~change";
    /** The action of the button that picks an answer to change: this and the question's key. */
    static final String CHANGE_PREFIX = "change:";

    private final FlowDefinition<A> definition;

    FlowEngine(FlowDefinition<A> definition) {
        this.definition = definition;
    }

    FlowTurn start(String text, FlowContext context, Language language) {
        List<Phrase> notes = new ArrayList<>();
        FlowState<A> state = FlowState.begin(definition);
        state = fill(state, text, context, notes);
        boolean pasted = !state.answered().isEmpty();
        for (Map.Entry<String, Parsed<A>> shorthand : definition.shorthand(text, state.answers(), context).entrySet()) {
            state = apply(state, stepKeyed(shorthand.getKey()).orElseThrow(), shorthand.getValue(), "", notes, true);
            pasted = true;
        }
        if (!pasted) {
            state = withValuesIn(state, text, context, notes);
        }
        if (pasted) {
            // Someone who pastes values wants the verdict: optional questions they left out take their defaults.
            for (Step<A, ?> step : definition.steps()) {
                if (step.isOptional() && !state.isAnswered(step.key())) {
                    state = state.answer(step.key(), step.cleared(state.answers()));
                }
            }
        }
        return advance(state, notes, context, language, FlowTurn.Outcome.ASKED, true);
    }

    FlowTurn next(FlowState<A> state, String text, FlowContext context, Language language) {
        if (state.pending().equals(CHOOSE_CHANGE)) {
            return chosenChange(state, text, context, language);
        }
        Optional<Step<A, ?>> pending = stepKeyed(state.pending()).filter(Step::asked);
        String typed = text == null ? "" : text.strip();
        String answer = pending.map(step -> TypedLabels.actionOf(typed, choices(state, step, context))).orElse(typed);
        String simplified = TypedLabels.withoutSymbols(answer);
        if (Keywords.isCancel(simplified)) {
            return FlowTurn.ended(FlowReplies.cancelled(language), FlowTurn.Outcome.CANCELLED);
        }
        if (pending.isEmpty()) {
            return advance(state, new ArrayList<>(), context, language, FlowTurn.Outcome.ASKED);
        }
        return steer(state, pending.get(), simplified, context, language)
                .orElseGet(() -> answer(state, pending.get(), answer, context, language));
    }

    /** The choices the pending question offers, Skip included, whose labels may be typed instead of pressed. */
    private List<Question.Choice> choices(FlowState<A> state, Step<A, ?> step, FlowContext context) {
        List<Question.Choice> choices = new ArrayList<>(step.prompt().ask(state.answers(), context).choices());
        if (step.isOptional()) {
            choices.add(new Question.Choice(step.skip(), Keywords.SKIP));
        }
        return choices;
    }

    /** The words that move through the flow rather than answer: back, done (for a list), skip (when optional). */
    private Optional<FlowTurn> steer(FlowState<A> state, Step<A, ?> step, String simplified, FlowContext context,
                                     Language language) {
        if (Keywords.isBack(simplified)) {
            return Optional.of(back(state, step, context, language));
        }
        if (step.repeating() && Keywords.isDone(simplified)) {
            if (step.value(state.answers()).isEmpty()) {
                return Optional.of(rejected(state, step, Phrase.of("Add at least one first.", "Prima aggiungine almeno uno."),
                        context, language));
            }
            return Optional.of(advance(state.answer(step.key(), state.answers()), new ArrayList<>(), context, language,
                    FlowTurn.Outcome.ASKED));
        }
        if (step.isOptional() && Keywords.isSkip(simplified)) {
            return Optional.of(advance(state.answer(step.key(), step.cleared(state.answers())), new ArrayList<>(),
                    context, language, FlowTurn.Outcome.ASKED));
        }
        return Optional.empty();
    }

    /** Reads the answer to the pending question; failing that, pasted {@code name=value} pairs; failing both, asks again. */
    private FlowTurn answer(FlowState<A> state, Step<A, ?> step, String answer, FlowContext context, Language language) {
        if (answer.length() > AnswerParsers.MAX_ANSWER_LENGTH) {
            return rejected(state, step, Phrase.of("That message is too long for an answer.",
                    "Il messaggio è troppo lungo per una risposta."), context, language);
        }
        List<Phrase> notes = new ArrayList<>();
        Parsed<A> parsed = step.read(answer, state.answers(), context);
        if (parsed instanceof Parsed.Accepted<A>) {
            return advance(apply(state, step, parsed, "", notes, false), notes, context, language, FlowTurn.Outcome.ASKED);
        }
        if (step.isOptional() && AnswerParsers.dontKnow(answer)) {
            // "boh, non me lo ricordo": the skip button, said in words.
            return advance(state.answer(step.key(), step.cleared(state.answers())), notes, context, language,
                    FlowTurn.Outcome.ASKED);
        }
        FlowState<A> filled = fill(state, answer, context, notes);
        if (filled != state) {
            return advance(filled, notes, context, language, FlowTurn.Outcome.ASKED);
        }
        return rejected(state, step, ((Parsed.Refused<A>) parsed).reason(), context, language);
    }

    /**
     * The verdict again with the values {@code text} changes ("and with a 28 average?"), the others kept, after
     * a line saying what changed in the answers and in the verdict; empty when the text changes no answer.
     */
    Optional<FlowTurn> whatIf(FlowState<A> finished, String text, FlowContext context, Language language) {
        FlowState<A> changed = withValuesIn(finished, text, context, new ArrayList<>());
        List<String> differences = new ArrayList<>();
        for (Step<A, ?> step : definition.steps()) {
            Optional<?> before = step.value(finished.answers());
            Optional<?> after = step.value(changed.answers());
            if (!before.equals(after) && after.isPresent()) {
                differences.add(definition.label(step.key()).in(language) + " "
                        + before.map(v -> AnswerDisplay.of(v, language)).orElse("–") + " → "
                        + AnswerDisplay.of(after.get(), language));
            }
        }
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        FlowTurn before = finish(finished, new ArrayList<>(), context, language);
        FlowTurn after = finish(changed, new ArrayList<>(), context, language);
        ChatReply.Builder reply = ChatReply.builder()
                .text(language.pick("🔁 With ", "🔁 Con ") + String.join(", ", differences) + ":");
        String headlineBefore = headline(before.reply());
        String headlineAfter = headline(after.reply());
        if (!headlineBefore.equals(headlineAfter)) {
            reply.text(language.pick("Before: ", "Prima: ") + headlineBefore);
        } else {
            reply.text(language.pick("The outcome does not change.", "L'esito non cambia."));
        }
        after.reply().blocks().forEach(reply::block);
        after.reply().keyboard().forEach(reply::buttons);
        return Optional.of(new FlowTurn(reply.build(), after.next(), after.outcome(), after.finished()));
    }

    /** "Which answer do you want to change?", one button per answer given; the next message picks one. */
    FlowTurn chooseChange(FlowState<A> finished, FlowContext context, Language language) {
        ChatReply.Builder reply = ChatReply.builder()
                .text(language.pick("Which answer do you want to change? The others stay as they are.",
                        "Quale risposta vuoi cambiare? Le altre restano come sono."));
        for (Step<A, ?> step : definition.steps()) {
            Optional<?> value = step.value(finished.answers());
            if (step.asked() && value.isPresent() && step.applies(finished.answers(), context)) {
                reply.buttons(new it.polimi.auic.advisor.chat.Button(definition.label(step.key()).in(language) + ": "
                        + AnswerDisplay.of(value.get(), language), CHANGE_PREFIX + step.key()));
            }
        }
        reply.buttons(new it.polimi.auic.advisor.chat.Button(language.pick("✖ Cancel", "✖ Annulla"), Keywords.CANCEL));
        FlowState<A> choosing = finished.pendingOn(CHOOSE_CHANGE);
        return FlowTurn.waiting(reply.build(), choosing, FlowTurn.Outcome.ASKED);
    }

    /** The answer picked to change is asked again; the others are kept, so its answer gives the verdict. */
    private FlowTurn chosenChange(FlowState<A> state, String text, FlowContext context, Language language) {
        String typed = text == null ? "" : text.strip();
        if (Keywords.isCancel(TypedLabels.withoutSymbols(typed))) {
            return FlowTurn.ended(FlowReplies.cancelled(language), FlowTurn.Outcome.CANCELLED);
        }
        String key = typed.startsWith(CHANGE_PREFIX) ? typed.substring(CHANGE_PREFIX.length()) : labelled(typed, language);
        Optional<Step<A, ?>> step = stepKeyed(key).filter(Step::asked);
        if (step.isEmpty()) {
            FlowTurn again = chooseChange(state, context, language);
            return new FlowTurn(again.reply(), again.next(), FlowTurn.Outcome.REJECTED);
        }
        FlowState<A> reopened = state.forget(step.get().key()).pendingOn(step.get().key());
        return FlowTurn.waiting(ask(reopened, step.get(), List.of(), context, language), reopened, FlowTurn.Outcome.ASKED);
    }

    /** The key of the question whose short name was typed ("average", "media"); empty when none. */
    private String labelled(String typed, Language language) {
        String wanted = TypedLabels.withoutSymbols(typed);
        for (Step<A, ?> step : definition.steps()) {
            Phrase label = definition.label(step.key());
            if (wanted.startsWith(TypedLabels.withoutSymbols(label.en())) || wanted.startsWith(TypedLabels.withoutSymbols(label.it()))) {
                return step.key();
            }
        }
        return "";
    }

    private static String headline(ChatReply reply) {
        return reply.blocks().stream().filter(b -> b instanceof it.polimi.auic.advisor.chat.Block.Strong)
                .map(it.polimi.auic.advisor.chat.Block::text).findFirst().orElse("");
    }

    ChatReply resume(FlowState<A> state, FlowContext context, Language language) {
        Optional<Step<A, ?>> pending = stepKeyed(state.pending());
        Phrase back = Phrase.of("Back to where we were:", "Riprendiamo da dove eravamo:");
        if (pending.isEmpty()) {
            return advance(state, new ArrayList<>(List.of(back)), context, language, FlowTurn.Outcome.ASKED).reply();
        }
        return ask(state, pending.get(), List.of(back), context, language);
    }

    /**
     * Keeps the values a sentence gives for questions not answered yet ("my average is 27 with 150 credits"),
     * each read by its question's parser; a value its parser refuses is left for the question to ask.
     */
    FlowState<A> withValuesIn(FlowState<A> state, String text, FlowContext context, List<Phrase> notes) {
        FlowState<A> filled = state;
        for (Map.Entry<String, String> value : definition.valuesIn(text, context).entrySet()) {
            Optional<Step<A, ?>> step = stepKeyed(value.getKey());
            if (step.isPresent()) {
                Parsed<A> parsed = step.get().read(value.getValue(), filled.answers(), context);
                if (parsed instanceof Parsed.Accepted<A>) {
                    filled = apply(filled, step.get(), parsed, "", notes, true);
                }
            }
        }
        return filled;
    }

    /** Applies the {@code name=value} pairs of a message; returns the same instance when there were none. */
    private FlowState<A> fill(FlowState<A> state, String text, FlowContext context, List<Phrase> notes) {
        FlowState<A> filled = state;
        for (InlineArguments.Assignment pair : InlineArguments.parse(text)) {
            Optional<Step<A, ?>> step = definition.steps().stream().filter(s -> s.names().contains(pair.name())).findFirst();
            if (step.isEmpty()) {
                String name = InvalidInputException.excerpt(pair.name());
                notes.add(Phrase.of("I don't know '" + name + "'. Pasted answers look like: " + definition.pasteExample(),
                        "Non conosco '" + name + "'. Le risposte incollate si scrivono così: " + definition.pasteExample()));
                continue;
            }
            Parsed<A> parsed = step.get().read(pair.value(), filled.answers(), context);
            filled = apply(filled, step.get(), parsed, pair.name() + "=" + InvalidInputException.excerpt(pair.value()) + ": ",
                    notes, true);
        }
        return filled;
    }

    /** Keeps an answer read; a partial one (some exams of G, before Done) is kept without counting as answered. */
    private FlowState<A> apply(FlowState<A> state, Step<A, ?> step, Parsed<A> parsed, String label, List<Phrase> notes,
                               boolean complete) {
        if (parsed instanceof Parsed.Refused<A> refused) {
            notes.add(Phrase.of(label + refused.reason().en(), label + refused.reason().it()));
            return state;
        }
        A updated = ((Parsed.Accepted<A>) parsed).value();
        if (step.repeating() && !complete) {
            return state.collect(updated);
        }
        return state.answer(step.key(), updated);
    }

    private FlowTurn advance(FlowState<A> state, List<Phrase> notes, FlowContext context, Language language,
                             FlowTurn.Outcome outcome) {
        return advance(state, notes, context, language, outcome, false);
    }

    /** Asks the first relevant unanswered question (after the intro, at the start), or gives the verdict. */
    private FlowTurn advance(FlowState<A> state, List<Phrase> notes, FlowContext context, Language language,
                             FlowTurn.Outcome outcome, boolean intro) {
        Optional<Step<A, ?>> next = definition.steps().stream()
                .filter(step -> step.asked() && !state.isAnswered(step.key()) && step.applies(state.answers(), context))
                .findFirst();
        if (next.isPresent()) {
            FlowState<A> waiting = state.pendingOn(next.get().key());
            List<Phrase> shown = new ArrayList<>();
            if (intro) {
                shown.add(definition.intro());
            }
            shown.addAll(notes);
            return FlowTurn.waiting(ask(waiting, next.get(), shown, context, language), waiting, outcome);
        }
        return finish(state, notes, context, language);
    }

    private FlowTurn finish(FlowState<A> state, List<Phrase> notes, FlowContext context, Language language) {
        try {
            ChatReply verdict = definition.verdict(state.answers(), context, language);
            ChatReply.Builder reply = ChatReply.builder();
            notes.forEach(note -> reply.text(note.in(language)));
            verdict.blocks().forEach(reply::block);
            verdict.keyboard().forEach(reply::buttons);
            return FlowTurn.verdict(reply.build(), state.pendingOn(""));
        } catch (Contradiction e) {
            Step<A, ?> step = stepKeyed(e.step()).orElse(definition.steps().get(0));
            FlowState<A> again = state.forget(step.key());
            for (String doubtful : e.alsoForget()) {
                again = again.forget(doubtful);
            }
            again = again.pendingOn(step.key());
            return FlowTurn.waiting(ask(again, step, List.of(e.explanation()), context, language), again,
                    FlowTurn.Outcome.ASKED);
        } catch (InvalidInputException e) {
            // The answers broke a rule across questions; ask again the one the rule names.
            Step<A, ?> step = definition.steps().stream().filter(s -> s.names().contains(e.field().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(definition.steps().get(0));
            FlowState<A> again = state.forget(step.key()).pendingOn(step.key());
            Phrase reason = Phrase.of(e.getMessage(), e.getMessage());
            return FlowTurn.waiting(ask(again, step, List.of(reason), context, language), again, FlowTurn.Outcome.ASKED);
        }
    }

    private FlowTurn back(FlowState<A> state, Step<A, ?> step, FlowContext context, Language language) {
        if (step.repeating() && step.value(state.answers()).isPresent()) {
            A fewer = step.undoLast().apply(state.answers());
            FlowState<A> undone = step.value(fewer).isEmpty() ? state.forget(step.key()) : state.collect(fewer);
            Phrase note = Phrase.of("Removed the last one.", "Ho tolto l'ultimo.");
            return FlowTurn.waiting(ask(undone, step, List.of(note), context, language), undone, FlowTurn.Outcome.ASKED);
        }
        if (state.answered().isEmpty()) {
            Phrase note = Phrase.of("This is the first question; press Cancel to stop.",
                    "Questa è la prima domanda; premi Annulla per smettere.");
            return FlowTurn.waiting(ask(state, step, List.of(note), context, language), state, FlowTurn.Outcome.ASKED);
        }
        String previous = state.answered().get(state.answered().size() - 1);
        Step<A, ?> earlier = stepKeyed(previous).orElse(step);
        FlowState<A> reopened = state.forget(previous).pendingOn(earlier.key());
        return FlowTurn.waiting(ask(reopened, earlier, List.of(), context, language), reopened, FlowTurn.Outcome.ASKED);
    }

    private FlowTurn rejected(FlowState<A> state, Step<A, ?> step, Phrase reason, FlowContext context, Language language) {
        return FlowTurn.waiting(ask(state, step, List.of(reason), context, language), state, FlowTurn.Outcome.REJECTED);
    }

    private ChatReply ask(FlowState<A> state, Step<A, ?> step, List<Phrase> notes, FlowContext context, Language language) {
        boolean partial = step.value(state.answers()).isPresent();
        boolean canGoBack = !state.answered().isEmpty() || (step.repeating() && partial);
        return FlowReplies.question(notes, step.prompt().ask(state.answers(), context), canGoBack, step, partial, language);
    }

    private Optional<Step<A, ?>> stepKeyed(String key) {
        return definition.step(key);
    }
}
