package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.util.ArrayList;
import java.util.List;

/** Puts a question on screen: notes first, then the question, its choices as buttons, and Back / Cancel. */
final class FlowReplies {

    /** Choices whose labels fit side by side on a phone go in one row. */
    private static final int ROW_CHARACTERS = 30;

    private FlowReplies() {
    }

    static ChatReply question(List<Phrase> notes, Question question, boolean canGoBack, Step<?, ?> step,
                              boolean hasPartial, Language language) {
        ChatReply.Builder reply = ChatReply.builder();
        notes.forEach(note -> reply.text(note.in(language)));
        reply.text(question.text().in(language));
        List<Button> choices = new ArrayList<>();
        for (Question.Choice choice : question.choices()) {
            choices.add(new Button(choice.label().in(language), choice.action()));
        }
        if (step.isOptional()) {
            choices.add(new Button(step.skip().in(language), Keywords.SKIP));
        }
        if (step.repeating() && hasPartial) {
            choices.add(new Button(language.pick("✅ Done", "✅ Fatto"), Keywords.DONE));
        }
        rows(choices).forEach(reply::buttons);
        List<Button> navigation = new ArrayList<>();
        if (canGoBack) {
            navigation.add(new Button(language.pick("⬅ Back", "⬅ Indietro"), Keywords.BACK));
        }
        navigation.add(new Button(language.pick("✖ Cancel", "✖ Annulla"), Keywords.CANCEL));
        reply.buttons(navigation);
        return reply.build();
    }

    static ChatReply cancelled(Language language) {
        return ChatReply.text(language.pick("Cancelled. Nothing you entered has been kept.",
                "Annullato. Nulla di quanto hai inserito è stato conservato."));
    }

    private static List<List<Button>> rows(List<Button> buttons) {
        int width = buttons.stream().mapToInt(b -> b.label().length() + 2).sum();
        if (buttons.isEmpty()) {
            return List.of();
        }
        if (width <= ROW_CHARACTERS) {
            return List.of(buttons);
        }
        return buttons.stream().map(List::of).toList();
    }
}
