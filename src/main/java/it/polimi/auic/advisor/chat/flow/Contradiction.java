package it.polimi.auic.advisor.chat.flow;

/**
 * Answers that contradict each other or the rules (a programme whose class is not the class given): the
 * calculator says so and asks again the question named, instead of taking both at face value.
 */
final class Contradiction extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String step;
    private final java.util.List<String> alsoForget;
    private final transient Phrase explanation;

    /**
     * @param step        the question to ask again
     * @param alsoForget  the other answers the contradiction puts in doubt, forgotten so they are asked again
     * @param explanation what contradicts what, and what to do
     */
    Contradiction(String step, java.util.List<String> alsoForget, Phrase explanation) {
        super(explanation.en(), null, false, false);
        this.step = step;
        this.alsoForget = java.util.List.copyOf(alsoForget);
        this.explanation = explanation;
    }

    /** The key of the question to ask again. */
    String step() {
        return step;
    }

    java.util.List<String> alsoForget() {
        return alsoForget;
    }

    Phrase explanation() {
        return explanation;
    }
}
