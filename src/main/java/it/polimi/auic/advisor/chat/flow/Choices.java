package it.polimi.auic.advisor.chat.flow;

/** Buttons several flows share. Their actions are what a student could type, in either language. */
final class Choices {

    static final Question.Choice YES = Question.Choice.of("Yes", "Sì", "yes");
    static final Question.Choice NO = Question.Choice.of("No", "No", "no");
    static final Phrase SKIP = Phrase.of("I don't know: skip", "Non lo so: salta");

    private Choices() {
    }
}
