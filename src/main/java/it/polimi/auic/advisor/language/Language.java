package it.polimi.auic.advisor.language;

/** The two languages students write in: Italian, and English (also the fallback). */
public enum Language {
    EN,
    IT
}
