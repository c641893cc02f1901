package it.polimi.auic.advisor.chat.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells, in English or Italian, whether a message asks for a calculator: an explicit request (a command,
 * {@code /g 28x8}; a verb of computing or checking, "calculate my G", "verifica il mio piano Alliance4Tech";
 * a student asking whether they themselves qualify, "am I eligible for automatic admission?"; grades pasted
 * as {@code 28x8 30Lx12}) starts it at once. A question that only names a calculator's topic ("until when can
 * I take the studio exam?", "quando scade la frequenza del laboratorio?") is answered from the regulations,
 * with the calculator offered.
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


    /** What a message is to the calculators: the one it concerns, and whether it asks to run it now. */
    record Match(FlowId flow, boolean explicit) {
    }

    /**
     * A calculator's topic, and the words that make a message about it a request to run it rather than a
     * question about the rule.
     */
    private record Trigger(FlowId flow, Pattern topic, Pattern request) {
    }

    private static final String CHECK = "calculate|compute|calc|estimate|work out|check|verify|validate"
            + "|calcola|calcolare|calcolami|stima|stimare|verifica|verificare|controlla|controllare";

    private static final List<Trigger> TRIGGERS = List.of(
            // G first: "merit for studio allocation" is G, not the admission merit.
            new Trigger(FlowId.GPARAM,
                    words("(parameter|parametro|param)\\s+g|g\\s*(parameter|parametro|value|valore|score|punteggio)"
                            + "|(my|mia|mio|compute|calculate|calcola|calcolare|stima|estimate|work out)\\s+(the\\s+|la\\s+|il\\s+)?g"
                            + "|(calcolo|calculation|computation)\\s+(of\\s+(the\\s+)?|della\\s+|del\\s+)?g"
                            + "|studio allocation|assegnazione (dei )?laboratori"),
                    words(CHECK + "|what is my|whats my|what's my|my g|quanto vale la mia|la mia g|il mio g|mia g|mio g")),
            new Trigger(FlowId.ADMISSION,
                    words("automatic(ally)?\\s+(admission|admitted|entitled|entry|access)"
                            + "|(admission|admitted|entitled)\\s+automatic(ally)?"
                            + "|ammission[ei]\\s+automatic[ah]e?|ammess[oaie]\\s+(in modo\\s+)?automatic(amente|o|a)"
                            + "|accesso automatico|automaticamente\\s+ammess[oaie]"),
                    words(CHECK + "|am i eligible|am i entitled|am i admitted|am i automatically|will i be admitted"
                            + "|do i qualify|would i qualify|my eligibility|sono idone[oa]|sono ammess[oa]"
                            + "|rientro|ho diritto|sarei ammess[oa]")),
            new Trigger(FlowId.MERIT,
                    words("merit\\s+(score|points|assessment|ranking|evaluation)|(score|points)\\s+(for|of)\\s+(the\\s+)?merit"
                            + "|punteggio\\s+(di|del)\\s+merito|valutazione\\s+(di|del)\\s+merito|punti\\s+(di|del)\\s+merito"),
                    words(CHECK + "|what score would i|what score will i|how many points would i|how many points will i"
                            + "|would i get|will i get|my score|my points|quanti punti avrei|quanti punti prenderei"
                            + "|il mio punteggio|mio punteggio")),
            new Trigger(FlowId.ALLIANCE4TECH,
                    words("alliance\\s*(4|for)\\s*tech|a4tech|a4t"),
                    words(CHECK + "|is my\\b.*\\bplan|my\\b.*\\bplan\\b.*\\bvalid|is this plan|il mio piano|mio piano|e valido il")),
            new Trigger(FlowId.STUDIO,
                    words("(studio|studios|laborator(y|io|i)|lab)\\b.*\\b(exam|esame|deadline|scadenza|expire[sd]?"
                            + "|scad[eu]\\w*|attendance|frequenza|re-?attend\\w*|rifrequent\\w*)"
                            + "|(exam|esame|attendance|frequenza)\\b.*\\b(studio|laborator(y|io))"),
                    words(CHECK + "|my deadline|la mia scadenza|mia scadenza")));

    private FlowTriggers() {
    }

    /** What the message is to the calculators; empty when it concerns none. */
    static Optional<Match> match(String text) {
        if (text == null || text.isBlank() || text.length() > 1000) {
            return Optional.empty();
        }
        String simplified = AnswerParsers.simplify(text);
        if (simplified.startsWith("/")) {
            String command = simplified.split("\\s+", 2)[0].replaceFirst("@.*$", "");
            return Optional.ofNullable(COMMANDS.get(command)).map(flow -> new Match(flow, true));
        }
        if (pastedExams(simplified)) {
            return Optional.of(new Match(FlowId.GPARAM, true));
        }
        for (Trigger trigger : TRIGGERS) {
            if (trigger.topic().matcher(simplified).find()) {
                return Optional.of(new Match(trigger.flow(), trigger.request().matcher(simplified).find()));
            }
        }
        return Optional.empty();
    }

    /** The calculator the message asks to run now; empty when it asks for none, or only asks about a topic. */
    static Optional<FlowId> detect(String text) {
        return match(text).filter(Match::explicit).map(Match::flow);
    }

    /** Two or more exams pasted as grade and credits ("28x8 30Lx12", "28/8, 30 e lode/12"), and nothing else. */
    private static boolean pastedExams(String simplified) {
        GradeList.Reading reading = GradeList.read(simplified);
        return reading.exams().size() >= 2 && reading.unread().isEmpty();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b");
    }
}
