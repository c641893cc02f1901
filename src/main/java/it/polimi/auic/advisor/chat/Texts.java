package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;

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

    static String whereToAskOrStaff(Language l) {
        return l.pick(
                "You can ask the School's staff from here with the button below, or the AUIC School's Student Office; "
                        + "for study abroad, the International Mobility Unit (Via Golgi 42).",
                "Puoi chiedere allo staff della Scuola da qui con il pulsante qui sotto, oppure alla Segreteria della "
                        + "Scuola AUIC; per gli studi all'estero, all'International Mobility Unit (Via Golgi 42).");
    }

    static String buttonAskStaff(Language l) {
        return l.pick("Ask the School's staff", "Chiedi allo staff");
    }

    static String confirmStaffQuestion(Language l, long days) {
        return l.pick("This is exactly what I will send to the School's staff, and nothing else: not your name, your "
                        + "username or your id. Their answer will reach you here; I keep the link to this chat for at most "
                        + days + " days. Send it?",
                "Questo è esattamente ciò che invierò allo staff della Scuola, e nient'altro: né il tuo nome, né il tuo "
                        + "username, né il tuo id. La risposta ti arriverà qui; tengo il collegamento a questa chat al massimo "
                        + days + " giorni. Lo invio?");
    }

    static String buttonSend(Language l) {
        return l.pick("✔ Yes, send it", "✔ Sì, invia");
    }

    static String buttonDontSend(Language l) {
        return l.pick("✖ No", "✖ No");
    }

    static String staffQuestionSent(Language l, long days) {
        return l.pick("Sent to the School's staff. Their answer will come here, usually within a few working days; if "
                        + "none comes within " + days + " days, I forget this chat's link and the question.",
                "Inviato allo staff della Scuola. La risposta arriverà qui, di solito in pochi giorni lavorativi; se non "
                        + "arriva entro " + days + " giorni, dimentico il collegamento a questa chat e la domanda.");
    }

    static String staffQuestionNotSent(Language l) {
        return l.pick("Not sent. Ask me something else whenever you like.",
                "Non inviato. Chiedimi pure altro quando vuoi.");
    }

    static String staffUnreachable(Language l) {
        return l.pick("I could not reach the School's staff just now; please try again later, or write to the Student "
                        + "Office.",
                "Non sono riuscito a raggiungere lo staff della Scuola ora; riprova più tardi, o scrivi alla Segreteria.");
    }

    static String staffAnswerHeading(Language l, String question) {
        return l.pick("📩 The School's staff answered your question “" + question + "”:",
                "📩 Lo staff della Scuola ha risposto alla tua domanda “" + question + "”:");
    }

    static String unhelpfulOfferStaff(Language l) {
        return l.pick("Thanks: staff will look at this answer. If it did not help, you can ask them directly.",
                "Grazie: lo staff controllerà questa risposta. Se non ti ha aiutato, puoi chiedere direttamente a loro.");
    }

    static String languageSet(Language l) {
        return l.pick("OK, I will write in English from now on. (/lang it per l'italiano)",
                "Va bene, da ora ti scrivo in italiano. (/lang en for English)");
    }

    static String languageUsage(Language l) {
        return l.pick("I write in the language of your messages. To fix it: /lang en or /lang it.",
                "Ti scrivo nella lingua dei tuoi messaggi. Per fissarla: /lang it oppure /lang en.");
    }

    static String noneWaiting(Language l) {
        return l.pick("No question is waiting for the staff.", "Nessuna domanda in attesa dello staff.");
    }

    static String waitingHeading(Language l, int count) {
        return l.pick(count + " questions waiting for the staff, oldest first:",
                count + " domande in attesa dello staff, dalla più vecchia:");
    }

    static String emptyMessage(Language l) {
        return l.pick("Please type a question, or /help to see what I can do.",
                "Scrivi una domanda, oppure /help per vedere cosa posso fare.");
    }

    static String unknownCommand(Language l, String command) {
        return l.pick("I don't know the command " + command + ". Type /help to see what I can do.",
                "Non conosco il comando " + command + ". Scrivi /help per vedere cosa posso fare.");
    }

    static String bye(Language l) {
        return l.pick("Bye, and good luck with your studies! Write again whenever you need.",
                "Ciao, e in bocca al lupo per gli studi! Scrivimi quando vuoi.");
    }

    static String confused(Language l) {
        return l.pick("Sorry, I was not clear. Ask me a question in your own words, e.g. \"How many workshop credits can "
                        + "be recognised?\"; /help lists what I can do.",
                "Scusa, non sono stato chiaro. Fammi una domanda con parole tue, ad esempio \"Quanti crediti di workshop "
                        + "posso farmi riconoscere?\"; /help elenca cosa posso fare.");
    }

    static String ok(Language l) {
        return l.pick("👍 Ask me anything else about the rules, or /help for the calculators.",
                "👍 Chiedimi pure altro sul regolamento, o /help per i calcolatori.");
    }

    static String noSuchButton(Language l, String letter) {
        return l.pick("There is no button \"" + letter + "\" on screen. Type a question, or /help.",
                "Non c'è un pulsante \"" + letter + "\" sullo schermo. Scrivi una domanda, o /help.");
    }

    static String thanks(Language l) {
        return l.pick("You're welcome! Ask me anything else about the rules, or /help.",
                "Prego! Chiedimi pure altro sul regolamento, o /help.");
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
