package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.language.Language;

/** The guided calculator conversations, each with the command that starts it and the button offering it. */
enum FlowId {
    ADMISSION("/admission", "automatic admission", Phrase.of("Check my admission ▶", "Verifica la mia ammissione ▶")),
    MERIT("/merit", "merit estimate", Phrase.of("Estimate my score ▶", "Stima il mio punteggio ▶")),
    ALLIANCE4TECH("/alliance", "Alliance4Tech plan", Phrase.of("Check my plan ▶", "Verifica il mio piano ▶")),
    STUDIO("/studio", "studio deadline", Phrase.of("Check my deadline ▶", "Verifica la mia scadenza ▶")),
    GPARAM("/g", "parameter G", Phrase.of("Calculate my G ▶", "Calcola la mia G ▶"));

    private final String command;
    private final String title;
    private final Phrase offer;

    FlowId(String command, String title, Phrase offer) {
        this.command = command;
        this.title = title;
        this.offer = offer;
    }

    /** The command that starts the flow (other spellings are recognised too, see {@link FlowTriggers}). */
    String command() {
        return command;
    }

    /** The calculator's name for tutors ("studio deadline"). */
    String title() {
        return title;
    }

    /** The label of the button that starts it on the student's own case. */
    String offer(Language language) {
        return offer.in(language);
    }
}
