package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.Dates;
import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.Finding;
import it.polimi.auic.advisor.calc.admission.AdmissionOutcome;
import it.polimi.auic.advisor.calc.admission.AdmissionVerdict;
import it.polimi.auic.advisor.calc.alliance.AllianceInput;
import it.polimi.auic.advisor.calc.alliance.AllianceVerdict;
import it.polimi.auic.advisor.calc.gparam.GParamVerdict;
import it.polimi.auic.advisor.calc.merit.MeritVerdict;
import it.polimi.auic.advisor.calc.studio.StudioVerdict;
import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.math.BigDecimal;
import java.util.List;

/**
 * Verdicts as replies short enough for a phone: the outcome on one line, then one line per finding with ✅ or ❌
 * and its section, then what to do next. The CLI prints the same text when {@code --json} is not given.
 */
public final class VerdictReplies {

    private VerdictReplies() {
    }

    public static ChatReply admission(AdmissionVerdict verdict, Language language) {
        ChatReply.Builder reply = ChatReply.builder().strong(AdmissionWording.headline(verdict.outcome(), language));
        findings(reply, verdict.findings(), language);
        reply.text(AdmissionWording.nextStep(verdict.outcome(), language));
        if (verdict.outcome() == AdmissionOutcome.MERIT_ASSESSMENT) {
            reply.buttons(new Button(language.pick("📊 Estimate my merit score", "📊 Stima il mio punteggio"),
                    FlowId.MERIT.command()));
        }
        return again(reply, FlowId.ADMISSION, language);
    }

    public static ChatReply merit(MeritVerdict verdict, Language language) {
        String total = language == Language.IT ? Decimals.showIt(verdict.total()) : Decimals.show(verdict.total());
        ChatReply.Builder reply = ChatReply.builder().strong(verdict.eligible()
                ? language.pick("✅ Estimated score " + total + " / 150: eligible", "✅ Punteggio stimato " + total + " / 150: idoneo")
                : language.pick("❌ Estimated score " + total + " / 150: not eligible", "❌ Punteggio stimato " + total + " / 150: non idoneo"));
        reply.text(language.pick("Curriculum ", "Curriculum ") + number(verdict.curriculumPoints(), language)
                + language.pick(" (estimate) + portfolio ", " (stima) + portfolio ") + number(verdict.portfolioPoints(), language)
                + language.pick(" + traineeship ", " + tirocinio ") + number(verdict.traineeshipPoints(), language)
                + language.pick(" + other ", " + altri titoli ") + number(verdict.otherQualificationsPoints(), language)
                + " = " + total);
        findings(reply, verdict.findings(), language);
        reply.text(language.pick(
                "This is an estimate: the commission assesses your curriculum and portfolio itself, and being eligible does not guarantee a place, which goes by ranking (programme rules §1.6).",
                "È una stima: la commissione valuta curriculum e portfolio, ed essere idonei non garantisce un posto, che dipende dalla graduatoria (regolamento §1.6)."));
        return again(reply, FlowId.MERIT, language);
    }

    public static ChatReply alliance(AllianceInput input, AllianceVerdict verdict, Language language) {
        long broken = verdict.findings().stream().filter(f -> !f.met()).count();
        ChatReply.Builder reply = ChatReply.builder().strong(verdict.valid()
                ? language.pick("✅ Your Alliance4Tech plan meets every rule", "✅ Il tuo piano Alliance4Tech rispetta ogni regola")
                : language.pick("❌ Your Alliance4Tech plan breaks " + broken + (broken == 1 ? " rule" : " rules"),
                        "❌ Il tuo piano Alliance4Tech non rispetta " + broken + (broken == 1 ? " regola" : " regole")));
        findings(reply, verdict.findings(), language);
        if (input.applicationCall().isSpring()) {
            reply.text(language.pick("Note: the spring call opens only if places are left after the winter call.",
                    "Nota: il bando primaverile apre solo se restano posti dopo quello invernale."));
        }
        return again(reply, FlowId.ALLIANCE4TECH, language);
    }

    public static ChatReply studio(StudioVerdict verdict, Language language) {
        String ends = language == Language.IT ? Dates.showIt(verdict.lastSession().ends()) : Dates.show(verdict.lastSession().ends());
        ChatReply.Builder reply = ChatReply.builder().strong(verdict.mustReattend()
                ? language.pick("❌ You must attend the studio again", "❌ Devi frequentare di nuovo il laboratorio")
                : language.pick("✅ Take the exam by " + ends, "✅ Sostieni l'esame entro " + Dates.showIt("il", verdict.lastSession().ends())));
        findings(reply, verdict.findings(), language);
        return again(reply, FlowId.STUDIO, language);
    }

    public static ChatReply gparam(GParamVerdict verdict, Language language) {
        ChatReply.Builder reply = ChatReply.builder().strong("G = " + number(verdict.g(), language));
        reply.text(language.pick("Weighted average ", "Media ponderata ") + number(verdict.weightedAverage(), language)
                + language.pick(" over ", " su ") + verdict.credits() + language.pick(" credits (", " crediti (")
                + verdict.exams() + (verdict.exams() == 1 ? language.pick(" exam).", " esame).")
                        : language.pick(" exams).", " esami).")));
        findings(reply, verdict.findings(), language);
        reply.text(language.pick(
                "Only exams recorded in your study plan count: in the first year those at the admission-request deadline, in the second year those of the summer session; Erasmus grades only once validated.",
                "Contano solo gli esami registrati nel piano: al primo anno quelli alla scadenza della domanda di ammissione, al secondo quelli della sessione estiva; i voti Erasmus solo se già convalidati."));
        return again(reply, FlowId.GPARAM, language);
    }

    /** "✅ sentence (programme rules §1.3.1)". */
    static String line(Finding finding, Language language) {
        return (finding.met() ? "✅ " : "❌ ") + language.pick(finding.detail(), finding.detailIt())
                + " (" + CitationLabels.label(finding.citation(), language) + ")";
    }

    private static void findings(ChatReply.Builder reply, List<Finding> findings, Language language) {
        findings.forEach(finding -> reply.text(line(finding, language)));
    }

    private static String number(BigDecimal value, Language language) {
        return language == Language.IT ? Decimals.showIt(value) : Decimals.show(value);
    }

    private static ChatReply again(ChatReply.Builder reply, FlowId flow, Language language) {
        return reply.buttons(new Button(language.pick("🔁 Try other values", "🔁 Prova altri valori"), Keywords.CHANGE)).build();
    }
}
