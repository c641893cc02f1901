package it.polimi.auic.advisor.chat.flow;

import java.util.List;

/**
 * A question as the student sees it: the sentence, and the choices offered as buttons (pressing one sends its
 * action, which is also what the student could type).
 */
record Question(Phrase text, List<Choice> choices) {

    Question {
        choices = List.copyOf(choices);
    }

    static Question of(String en, String it, Choice... choices) {
        return new Question(Phrase.of(en, it), List.of(choices));
    }

    /** A button: the label shown and the answer it sends. */
    record Choice(Phrase label, String action) {
        static Choice of(String en, String it, String action) {
            return new Choice(Phrase.of(en, it), action);
        }

        static Choice same(String label) {
            return new Choice(Phrase.of(label, label), label);
        }
    }
}
