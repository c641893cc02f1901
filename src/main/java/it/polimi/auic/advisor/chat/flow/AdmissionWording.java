package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.admission.AdmissionOutcome;
import it.polimi.auic.advisor.language.Language;

/** The headline and the next step of each admission outcome. */
final class AdmissionWording {

    private AdmissionWording() {
    }

    static String headline(AdmissionOutcome outcome, Language language) {
        switch (outcome) {
            case AUTOMATIC:
                return language.pick("✅ Automatic admission", "✅ Ammissione automatica");
            case AUTOMATIC_WITH_DEBITS:
                return language.pick("✅ Automatic admission, with educational debits", "✅ Ammissione automatica, con debiti formativi");
            case MERIT_ASSESSMENT:
                return language.pick("➡ Not automatic: assessment of merit", "➡ Non automatica: valutazione di merito");
            default:
                return language.pick("❌ Not admissible to this programme", "❌ Non ammissibile a questo corso");
        }
    }

    static String nextStep(AdmissionOutcome outcome, Language language) {
        switch (outcome) {
            case AUTOMATIC:
            case AUTOMATIC_WITH_DEBITS:
                return language.pick("You still submit the admission application, with no documents attached (programme rules §1.4).",
                        "Devi comunque presentare la domanda di ammissione, senza allegare documenti (regolamento §1.4).");
            case MERIT_ASSESSMENT:
                return language.pick("Your application is assessed on merit: up to 150 points, at least 100 to be eligible (programme rules §1.3.2).",
                        "La tua domanda è valutata nel merito: fino a 150 punti, almeno 100 per essere idonei (regolamento §1.3.2).");
            default:
                return language.pick("Your BSc class does not give access to this programme; the School's admissions office can tell you about other programmes.",
                        "La tua classe di laurea non dà accesso a questo corso; la segreteria della Scuola può indicarti altri corsi.");
        }
    }
}
