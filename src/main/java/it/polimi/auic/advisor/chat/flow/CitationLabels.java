package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.Citation;
import it.polimi.auic.advisor.language.Language;

/** How a citation reads in a reply: "programme rules §1.3.1", "mobility page, Alliance4Tech › How it works". */
final class CitationLabels {

    private CitationLabels() {
    }

    static String label(Citation citation, Language language) {
        switch (citation) {
            case ALLIANCE4TECH_HOW_IT_WORKS:
                return language.pick("mobility page, Alliance4Tech › How it works",
                        "pagina mobilità, Alliance4Tech › Come funziona");
            case ALLIANCE4TECH_WHEN_TO_APPLY:
                return language.pick("mobility page, Alliance4Tech › When you can apply",
                        "pagina mobilità, Alliance4Tech › Quando candidarsi");
            default:
                return language.pick("programme rules §", "regolamento §") + citation.section();
        }
    }
}
