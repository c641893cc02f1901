package it.polimi.auic.advisor.chat.flow;

import java.util.Set;

/**
 * The words students put next to a value to say what it is ("150 cfu", "media 27", "portfolio 15"): when a
 * message holds several numbers, the one next to the question's cue is its answer; in a first message, they
 * say which question each value answers.
 */
final class Cues {

    static final Set<String> CREDITS = Set.of("credits", "credit", "cfu", "ects", "crediti", "credito");
    static final Set<String> AVERAGE = Set.of("average", "avg", "gpa", "media", "media ponderata", "weighted average",
            "mean");
    static final Set<String> PORTFOLIO = Set.of("portfolio");
    static final Set<String> TRAINEESHIP = Set.of("traineeship", "internship", "tirocinio", "stage", "work experience");
    static final Set<String> OTHER = Set.of("other", "altri", "altri titoli", "qualifications", "titoli");
    static final Set<String> PERCENT = Set.of("%", "percent", "per cent", "per cento", "percento");
    static final Set<String> HOURS = Set.of("hours", "ore", "h");

    private Cues() {
    }
}
