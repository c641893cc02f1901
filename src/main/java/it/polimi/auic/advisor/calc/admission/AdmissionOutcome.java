package it.polimi.auic.advisor.calc.admission;

/** What section 1.3.1 of the programme rules means for one graduate. */
public enum AdmissionOutcome {
    /** The BSc class does not give access to this LM-4 programme. */
    NOT_ADMISSIBLE,
    /** Automatically entitled to admission. */
    AUTOMATIC,
    /** Automatically entitled, as a Politecnico "Architecture and Building Production" graduate, with educational debits. */
    AUTOMATIC_WITH_DEBITS,
    /** Admissible, but not automatically: the assessment of merit of section 1.3.2 applies. */
    MERIT_ASSESSMENT
}
