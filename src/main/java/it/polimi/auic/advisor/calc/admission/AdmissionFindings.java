package it.polimi.auic.advisor.calc.admission;

import static it.polimi.auic.advisor.calc.Citation.AUTOMATIC_ADMISSION;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Dates;
import it.polimi.auic.advisor.calc.Decimals;
import it.polimi.auic.advisor.calc.Finding;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/** The sentences of section 1.3.1's findings, with the student's own figures. */
final class AdmissionFindings {

    private AdmissionFindings() {
    }

    static Finding politecnico(boolean polimi) {
        return polimi
                ? Finding.of("politecnico-bachelor", true, AUTOMATIC_ADMISSION,
                        "Your BSc is from the Politecnico di Milano, as automatic admission requires.",
                        "La tua laurea è del Politecnico di Milano, come richiede l'ammissione automatica.")
                : Finding.of("politecnico-bachelor", false, AUTOMATIC_ADMISSION,
                        "Automatic admission is only for Politecnico di Milano graduates; others are assessed on merit (section 1.3.2).",
                        "L'ammissione automatica è solo per i laureati del Politecnico di Milano; gli altri sono valutati nel merito (sezione 1.3.2).");
    }

    static Finding withinFourYears(Career career, LocalDate enrolled, MonthDay yearStart) {
        // plusYears keeps 29 February where the fourth year has one (it always does before 2100) and
        // otherwise falls back to 28 February, the last day that is still "within" four years.
        LocalDate anniversary = enrolled.plusYears(4);
        LocalDate graduation = career.graduationDate();
        boolean met = !graduation.isAfter(anniversary);
        String en = met
                ? "Your graduation day, " + Dates.show(graduation) + ", is on or before " + Dates.show(anniversary)
                        + ", the fourth anniversary of your enrolment."
                : "Your graduation day, " + Dates.show(graduation) + ", is after " + Dates.show(anniversary)
                        + ", the fourth anniversary of your enrolment: you must graduate within 4 years.";
        String it = met
                ? "La tua laurea, " + Dates.showIt("il", graduation) + ", è entro " + Dates.showIt("il", anniversary)
                        + ", quarto anniversario della tua immatricolazione."
                : "La tua laurea, " + Dates.showIt("il", graduation) + ", è dopo " + Dates.showIt("il", anniversary)
                        + ", quarto anniversario della tua immatricolazione: serve laurearsi entro 4 anni.";
        if (career.enrolmentDate().isEmpty()) {
            AcademicYear year = career.enrolmentAcademicYear();
            en += " (Counted from " + Dates.show(enrolled) + ", the start of " + year
                    + "; give your enrolment day for an exact check.)";
            it += " (Contando " + Dates.showIt("dal", enrolled) + ", inizio del " + year
                    + "; indica il giorno d'immatricolazione per un controllo esatto.)";
        }
        return Finding.of("graduated-within-4-years", met, AUTOMATIC_ADMISSION, en, it);
    }

    static List<Finding> nv(Career career, LocalDate check, Optional<NvThreshold> threshold) {
        AcademicYear year = career.enrolmentAcademicYear();
        if (threshold.isEmpty()) {
            return List.of(Finding.of("nv-parameter", false, AUTOMATIC_ADMISSION,
                    "No N/V parameter is published for students who enrolled in " + year
                            + ", so admission cannot be automatic.",
                    "Per chi si è immatricolato nel " + year
                            + " non è pubblicato alcun parametro N/V, quindi l'ammissione non può essere automatica."));
        }
        NvThreshold nv = threshold.get();
        int credits = career.creditsByCheckDate();
        boolean creditsMet = credits >= nv.credits();
        String by = Dates.show(check);
        String byIt = Dates.showIt("al", check);
        Finding creditsFinding = Finding.of("nv-credits", creditsMet, AUTOMATIC_ADMISSION,
                "By " + by + " you had " + credits + " credits; "
                        + (creditsMet ? "N is " : "you need N = ") + nv.credits() + " for students enrolled in " + year + ".",
                Character.toUpperCase(byIt.charAt(0)) + byIt.substring(1) + " avevi " + credits + " crediti; "
                        + (creditsMet ? "N è " : "servono N = ") + nv.credits() + " per gli immatricolati nel " + year + ".");
        boolean averageMet = career.averageByCheckDate().compareTo(nv.average()) >= 0;
        String average = Decimals.show(career.averageByCheckDate());
        String averageIt = Decimals.showIt(career.averageByCheckDate());
        Finding averageFinding = Finding.of("nv-average", averageMet, AUTOMATIC_ADMISSION,
                "By " + by + " your weighted average was " + average + "; "
                        + (averageMet ? "V is " : "you need V = ") + Decimals.show(nv.average()) + ".",
                Character.toUpperCase(byIt.charAt(0)) + byIt.substring(1) + " la tua media ponderata era " + averageIt + "; "
                        + (averageMet ? "V è " : "serve V = ") + Decimals.showIt(nv.average()) + ".");
        return List.of(creditsFinding, averageFinding);
    }

    static Finding english(boolean certified) {
        return certified
                ? Finding.of("english-certification", true, AUTOMATIC_ADMISSION,
                        "You hold the English language certification required by the deadline.",
                        "Hai la certificazione di lingua inglese richiesta entro la scadenza.")
                : Finding.of("english-certification", false, AUTOMATIC_ADMISSION,
                        "Automatic admission needs an English language certification held by the established deadline.",
                        "L'ammissione automatica richiede una certificazione di lingua inglese entro la scadenza stabilita.");
    }

    static Finding degreeClass(String bsc, AdmissionCalculator.ClassStatus status, AdmissionPolicy policy) {
        String compliant = String.join(", ", policy.compliantClasses().stream().sorted().toList());
        switch (status) {
            case COMPLIANT:
                return Finding.of("degree-class", true, AUTOMATIC_ADMISSION,
                        "Your BSc class " + bsc + " gives access to this programme.",
                        "La tua classe di laurea " + bsc + " dà accesso a questo corso.");
            case DEBIT_EXCEPTION:
                return Finding.of("degree-class", true, AUTOMATIC_ADMISSION,
                        "Class " + bsc + " does not give access, but the Politecnico's " + policy.debitExceptionName()
                                + " BSc is an exception: its graduates are admitted with educational debits.",
                        "La classe " + bsc + " non dà accesso, ma la laurea del Politecnico in " + policy.debitExceptionName()
                                + " è un'eccezione: i suoi laureati sono ammessi con debiti formativi.");
            case EXCLUDED:
                return Finding.of("degree-class", false, AUTOMATIC_ADMISSION,
                        "Graduates of class " + bsc + " cannot be admitted to this LM-4 programme, even with N/V met.",
                        "I laureati della classe " + bsc + " non possono essere ammessi a questo corso LM-4, anche con N/V raggiunto.");
            default:
                return Finding.of("degree-class", false, AUTOMATIC_ADMISSION,
                        "Class " + bsc + " is not among the classes that give access to this programme (" + compliant + ").",
                        "La classe " + bsc + " non è tra quelle che danno accesso a questo corso (" + compliant + ").");
        }
    }
}
