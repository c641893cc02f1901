package it.polimi.auic.advisor.chat.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a request for a calculator, in English or Italian: a command ({@code /g 28x8}), or a sentence that
 * names the calculator's topic and asks about the student's own case ("am I eligible for automatic admission?",
 * "calcola la mia G"). A question about the rules themselves ("what is parameter G?") is left to the index.
 */
final class FlowTriggers {

    private static final Map<String, FlowId> COMMANDS = Map.ofEntries(
            Map.entry("/admission", FlowId.ADMISSION), Map.entry("/ammissione", FlowId.ADMISSION),
            Map.entry("/automatic", FlowId.ADMISSION),
            Map.entry("/merit", FlowId.MERIT), Map.entry("/merito", FlowId.MERIT),
            Map.entry("/alliance", FlowId.ALLIANCE4TECH), Map.entry("/alliance4tech", FlowId.ALLIANCE4TECH),
            Map.entry("/a4t", FlowId.ALLIANCE4TECH),
            Map.entry("/studio", FlowId.STUDIO), Map.entry("/laboratorio", FlowId.STUDIO),
            Map.entry("/g", FlowId.GPARAM), Map.entry("/gparam", FlowId.GPARAM));

    /** A topic and the personal or computing words that make a sentence a request rather than a question. */
    private record Trigger(FlowId flow, Pattern topic, Pattern request) {
    }

    private static final List<Trigger> TRIGGERS = List.of(
            // G first: "merit for studio allocation" is G, not the admission merit.
            new Trigger(FlowId.GPARAM,
                    words("(parameter|parametro|param)\\s+g|g\\s*(parameter|parametro|value|valore|score|punteggio)"
                            + "|(my|mia|mio|compute|calculate|calcola|calcolare|stima|estimate|work out)\\s+(the\\s+|la\\s+|il\\s+)?g"
                            + "|studio allocation|assegnazione (dei )?laboratori"),
                    words("my|mine|compute|calculate|calc|estimate|work out|what is my|whats my|mia|mio|calcola|calcolare|calcolo|stima|stimare|quanto vale la mia")),
            new Trigger(FlowId.ADMISSION,
                    words("automatic(ally)?\\s+(admission|admitted|entitled|entry|access)|(admission|admitted|entitled)\\s+automatic(ally)?"
                            + "|ammission[ei]\\s+automatic[ah]e?|ammess[oaie]\\s+(in modo\\s+)?automatic(amente|o|a)"
                            + "|accesso automatico|automaticamente\\s+ammess[oaie]"),
                    words("eligible|eligibility|qualify|am i|can i|will i|do i qualify|check|verify|calculate|compute|my"
                            + "|idone[oa]|sono|posso|rientro|ho diritto|verifica|controlla|calcola|mio|mia")),
            new Trigger(FlowId.MERIT,
                    words("merit\\s+(score|points|assessment|ranking|evaluation)|(score|points)\\s+(for|of)\\s+(the\\s+)?merit"
                            + "|punteggio\\s+(di|del)\\s+merito|valutazione\\s+(di|del)\\s+merito|punti\\s+(di|del)\\s+merito"),
                    words("estimate|calculate|compute|my|what score|how many points|will i|am i|would i"
                            + "|stima|stimare|calcola|calcolare|mio|mia|quanti punti|quale punteggio")),
            new Trigger(FlowId.ALLIANCE4TECH,
                    words("alliance\\s*(4|for)\\s*tech|a4tech|a4t"),
                    words("check|verify|validate|valid|plan|my|verifica|controlla|piano|valido|mio")),
            new Trigger(FlowId.STUDIO,
                    words("(studio|studios|laborator(y|io|i)|lab)\\b.*\\b(exam|esame|deadline|scadenza|expire[sd]?|scad[eu]\\w*|attendance|frequenza|re-?attend\\w*|rifrequent\\w*)"
                            + "|(exam|esame|attendance|frequenza)\\b.*\\b(studio|laborator(y|io))"),
                    words("until when|by when|till when|deadline|can i still|can i|do i have to|must i|have i|still"
                            + "|when|entro quando|fino a quando|quando|posso ancora|posso|devo|scadenza|ancora")));

    private FlowTriggers() {
    }

    static Optional<FlowId> detect(String text) {
        if (text == null || text.isBlank() || text.length() > 1000) {
            return Optional.empty();
        }
        String simplified = AnswerParsers.simplify(text);
        if (simplified.startsWith("/")) {
            String command = simplified.split("\\s+", 2)[0].replaceFirst("@.*$", "");
            return Optional.ofNullable(COMMANDS.get(command));
        }
        for (Trigger trigger : TRIGGERS) {
            if (trigger.topic().matcher(simplified).find() && trigger.request().matcher(simplified).find()) {
                return Optional.of(trigger.flow());
            }
        }
        return Optional.empty();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b");
    }
}
