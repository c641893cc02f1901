package it.polimi.auic.advisor.chat;

/** The advisor's own wording, in English and Italian. Regulation text is quoted as the School wrote it. */
final class Texts {

    private Texts() {
    }

    static String welcome(Language l) {
        return l.pick(
                "Hi! I am AUIC Advisor, the unofficial study assistant of the AUIC School of the Politecnico di Milano "
                        + "for the MSc in Sustainable Architecture and Landscape Design. I answer questions from the "
                        + "Programme Rules and the international mobility page, always quoting the rule and its section, "
                        + "and I can check a few things for you with the calculators below.",
                "Ciao! Sono AUIC Advisor, assistente non ufficiale della Scuola AUIC del Politecnico di Milano per la "
                        + "Laurea Magistrale in Sustainable Architecture and Landscape Design. Rispondo alle domande con il "
                        + "regolamento didattico e la pagina sulla mobilità internazionale, citando sempre la regola e la "
                        + "sezione, e posso fare alcuni calcoli per te con i pulsanti qui sotto. Le regole sono in inglese.");
    }

    static String examples(Language l) {
        return l.pick(
                "Try: \"How many workshop credits can be recognised?\", \"Does studio attendance expire?\", "
                        + "\"When can I ask for deferment?\", \"quanti crediti per il tirocinio?\"",
                "Prova: \"Quanti crediti di workshop posso farmi riconoscere?\", \"La frequenza al laboratorio scade?\", "
                        + "\"Quando posso chiedere il rinvio dell'ammissione?\", \"How many points for the portfolio?\"");
    }

    static String help(Language l) {
        return l.pick(
                "Ask me a question in your own words, in English or Italian. Each answer quotes the rule and cites its "
                        + "section; under it, 📖 shows the whole section and 🔎 shows how I found it.\n"
                        + "Calculators: /admission (automatic admission), /merit (merit score estimate), "
                        + "/alliance (Alliance4Tech plan), /studio (studio exam deadline), /g (studio allocation G). "
                        + "/cancel stops a calculator, /about says which rules I know.",
                "Fammi una domanda con parole tue, in italiano o in inglese. Ogni risposta cita la regola e la sua "
                        + "sezione; sotto, 📖 mostra la sezione intera e 🔎 come l'ho trovata.\n"
                        + "Calcolatori: /admission (ammissione automatica), /merit (stima del punteggio di merito), "
                        + "/alliance (piano Alliance4Tech), /studio (scadenza esame di laboratorio), /g (parametro G). "
                        + "/cancel interrompe un calcolo, /about dice quali regole conosco.");
    }

    static String about(Language l, String documents, String academicYears, String lastChanged) {
        return l.pick(
                "I know: " + documents + ". Academic year: " + academicYears + ". Knowledge last changed: "
                        + lastChanged + ". I am not an official channel: for decisions on your career, the School's "
                        + "Student Office has the last word.",
                "Conosco: " + documents + ". Anno accademico: " + academicYears + ". Ultima modifica: " + lastChanged
                        + ". Non sono un canale ufficiale: per decisioni sulla tua carriera vale la Segreteria della Scuola.");
    }

    static String notFound(Language l) {
        return l.pick(
                "I can't find that in the regulations I know (admission, study plan, studios, exams, traineeship, "
                        + "workshops, international mobility).",
                "Non trovo questo nel regolamento che conosco (ammissione, piano di studi, laboratori, esami, tirocinio, "
                        + "workshop, mobilità internazionale).");
    }

    static String rulesDoNotSay(Language l, String kind) {
        return l.pick("The regulations I know do not give " + kind + " for this. What they say nearby:",
                "Il regolamento che conosco non indica " + kind + " per questo. Ecco cosa dice di vicino:");
    }

    static String whereToAsk(Language l) {
        return l.pick(
                "For other matters, ask the AUIC School's Student Office; for study abroad, the International Mobility "
                        + "Unit (Via Golgi 42).",
                "Per altre questioni chiedi alla Segreteria della Scuola AUIC; per gli studi all'estero, all'International "
                        + "Mobility Unit (Via Golgi 42).");
    }

    static String emptyMessage(Language l) {
        return l.pick("Please type a question, or /help to see what I can do.",
                "Scrivi una domanda, oppure /help per vedere cosa posso fare.");
    }

    static String unknownCommand(Language l, String command) {
        return l.pick("I don't know the command " + command + ". Type /help to see what I can do.",
                "Non conosco il comando " + command + ". Scrivi /help per vedere cosa posso fare.");
    }

    static String thanks(Language l) {
        return l.pick("You're welcome! Ask me anything else about the rules.",
                "Prego! Chiedimi pure altro sul regolamento.");
    }

    static String seeAlso(Language l) {
        return l.pick("See also: ", "Vedi anche: ");
    }

    static String fromSection(Language l) {
        return l.pick("Source: ", "Fonte: ");
    }

    static String answerExpired(Language l) {
        return l.pick("I no longer remember that answer; please ask the question again.",
                "Non ricordo più quella risposta; ripeti la domanda, per favore.");
    }

    static String noAnswerYet(Language l) {
        return l.pick("Ask a question first; then /why shows how I found the answer.",
                "Fai prima una domanda; poi /why mostra come ho trovato la risposta.");
    }

    static String thanksForFeedback(Language l, boolean helpful) {
        return helpful
                ? l.pick("Thanks for your feedback!", "Grazie del riscontro!")
                : l.pick("Thanks: staff will look at this answer.", "Grazie: lo staff controllerà questa risposta.");
    }

    static String notAdmin(Language l) {
        return l.pick("This command is for the advisor's staff.", "Questo comando è riservato allo staff.");
    }

    static String nothingToCancel(Language l) {
        return l.pick("Nothing to cancel. Ask me a question or pick a calculator with /help.",
                "Non c'è niente da annullare. Fammi una domanda o scegli un calcolatore con /help.");
    }

    static String buttonFullText(Language l) {
        return l.pick("📖 Full text", "📖 Testo intero");
    }

    static String buttonSources(Language l) {
        return l.pick("🔎 Sources", "🔎 Fonti");
    }

    static String failure(Language l) {
        return l.pick("Sorry, something went wrong on my side. Please try again in a moment.",
                "Scusa, qualcosa è andato storto da parte mia. Riprova tra un momento.");
    }
}
