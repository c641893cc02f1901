package it.polimi.auic.advisor.calc.studio;

import static it.polimi.auic.advisor.calc.Citation.STUDIO_ATTENDANCE;

import it.polimi.auic.advisor.calc.Dates;
import it.polimi.auic.advisor.calc.Finding;

/** The sentence on the exam window, with how far its end date can be trusted. */
final class StudioWindowFindings {

    private StudioWindowFindings() {
    }

    static Finding window(StudioInput in, ExamSchedule schedule, boolean expired, boolean acquired) {
        ExamSession last = schedule.last();
        String year = schedule.year().toString();
        String ends = Dates.show(last.ends());
        String theEndIt = Dates.showIt("il", last.ends());
        String asOf = Dates.show(in.asOf());
        String beforeIt = Dates.showIt("del", in.asOf());
        String onIt = Dates.showIt("al", in.asOf());
        String en;
        String it;
        if (expired) {
            en = "The exam had to be taken within the three sessions of " + year + "; the last (" + last.name()
                    + ") ended on " + ends + ", before " + asOf + ": the studio must be attended again and re-entered in the study plan.";
            it = "L'esame andava sostenuto entro le tre sessioni del " + year + "; l'ultima (" + last.nameIt()
                    + ") è finita " + theEndIt + ", prima " + beforeIt + ": il laboratorio va frequentato di nuovo e reinserito nel piano di studi.";
        } else if (acquired) {
            en = "Take the exam within the three sessions of " + year + "; the last (" + last.name() + ") ends on "
                    + ends + ", so on " + asOf + " you are still in time.";
            it = "Sostieni l'esame entro le tre sessioni del " + year + "; l'ultima (" + last.nameIt() + ") finisce "
                    + theEndIt + ", quindi " + onIt + " sei ancora in tempo.";
        } else {
            en = "With attendance acquired, the exam window would be the three sessions of " + year + ", the last ("
                    + last.name() + ") ending on " + ends + ".";
            it = "Con la frequenza acquisita, l'esame andrebbe sostenuto entro le tre sessioni del " + year
                    + ", l'ultima (" + last.nameIt() + ") fino " + Dates.showIt("al", last.ends()) + ".";
        }
        return Finding.of("exam-within-following-year", !expired, STUDIO_ATTENDANCE,
                en + caveat(schedule), it + caveatIt(schedule));
    }

    private static String caveat(ExamSchedule schedule) {
        switch (schedule.status()) {
            case TO_BE_CONFIRMED:
                return " (Date from the advisor's calendar, still to be confirmed by the School.)";
            case INDICATIVE:
                return " (Indicative date: the " + schedule.year()
                        + " calendar is not in the advisor, so it follows the School's usual pattern; check the School's academic calendar.)";
            default:
                return "";
        }
    }

    private static String caveatIt(ExamSchedule schedule) {
        switch (schedule.status()) {
            case TO_BE_CONFIRMED:
                return " (Data dal calendario dell'advisor, ancora da confermare da parte della Scuola.)";
            case INDICATIVE:
                return " (Data indicativa: il calendario " + schedule.year()
                        + " non è nell'advisor, quindi segue lo schema abituale della Scuola; verifica il calendario accademico.)";
            default:
                return "";
        }
    }
}
