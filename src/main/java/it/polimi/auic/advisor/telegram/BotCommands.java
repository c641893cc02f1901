package it.polimi.auic.advisor.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The command menu Telegram shows next to the message box, in English (the default) and in Italian. */
final class BotCommands {

    /** @param command without the slash */
    record Entry(String command, String english, String italian) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("start", "Who I am and what I can do", "Chi sono e cosa so fare"),
            new Entry("help", "How to ask me questions", "Come farmi domande"),
            new Entry("about", "About this advisor and its sources", "Informazioni su questo assistente e le sue fonti"),
            new Entry("admission", "Am I eligible for automatic admission?", "Ho diritto all'ammissione automatica?"),
            new Entry("merit", "Estimate my merit assessment score", "Stima il mio punteggio nella valutazione del merito"),
            new Entry("alliance", "Check my Alliance4Tech study plan", "Verifica il mio piano di studi Alliance4Tech"),
            new Entry("studio", "Is my studio attendance still valid?", "La mia frequenza al laboratorio è ancora valida?"),
            new Entry("g", "Compute my G parameter for studio allocation", "Calcola il mio parametro G per l'assegnazione dei laboratori"),
            new Entry("cancel", "Stop the current calculation", "Interrompi il calcolo in corso"),
            new Entry("why", "Show the rules behind my last answer", "Mostra le regole alla base dell'ultima risposta"));

    private BotCommands() {
    }

    static List<BotCommand> english() {
        return ALL.stream().map(e -> new BotCommand(e.command(), e.english())).toList();
    }

    static List<BotCommand> italian() {
        return ALL.stream().map(e -> new BotCommand(e.command(), e.italian())).toList();
    }
}
