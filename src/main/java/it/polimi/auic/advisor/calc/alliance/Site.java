package it.polimi.auic.advisor.calc.alliance;

/** Where an Alliance4Tech student spends a semester: at home or at one of the two partner schools. */
public enum Site {
    POLIMI("Polimi"),
    TU_BERLIN("TU Berlin"),
    ETSAM("ETSAM");

    private final String displayName;

    Site(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isPartner() {
        return this != POLIMI;
    }
}
