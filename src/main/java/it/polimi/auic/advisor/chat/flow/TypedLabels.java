package it.polimi.auic.advisor.chat.flow;

import java.util.List;

/**
 * Where buttons cannot be pressed (the console), typing a button's label works like pressing it: "MSc 1st year,
 * winter call", "Same: 155", "I don't know: skip", in either language, with or without its emoji.
 */
final class TypedLabels {

    private TypedLabels() {
    }

    /** The action of the choice whose label was typed, or the text as typed when it is no label. */
    static String actionOf(String typed, List<Question.Choice> choices) {
        String wanted = withoutSymbols(typed);
        if (wanted.isEmpty()) {
            return typed;
        }
        return choices.stream()
                .filter(c -> wanted.equals(withoutSymbols(c.label().en())) || wanted.equals(withoutSymbols(c.label().it())))
                .map(Question.Choice::action).findFirst().orElse(typed);
    }

    /** Simplified, without the emoji or punctuation a label starts with: "⬅ Back" → "back". */
    static String withoutSymbols(String text) {
        return AnswerParsers.simplify(text).replaceAll("^[^\\p{L}\\p{N}/]+", "").trim();
    }
}
