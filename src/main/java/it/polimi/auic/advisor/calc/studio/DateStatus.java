package it.polimi.auic.advisor.calc.studio;

/** How far a session date can be trusted. */
public enum DateStatus {
    /** From the School's published calendar, confirmed by staff in config. */
    CONFIRMED,
    /** In config, but not yet confirmed by staff against the published calendar. */
    TO_BE_CONFIRMED,
    /** Not in config: the School's usual pattern, indicative only. */
    INDICATIVE
}
