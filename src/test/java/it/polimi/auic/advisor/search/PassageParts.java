package it.polimi.auic.advisor.search;

import java.util.List;

/** Lets tests of other packages (the knowledge content test) see how a section is cut into passages. */
public final class PassageParts {

    /** The most characters one passage, and so one answer, may hold. */
    public static final int MAX_CHARS = PassageSplitter.MAX_CHARS;

    private PassageParts() {
    }

    /** The passages the index makes of a section's text. */
    public static List<String> of(String sectionBody) {
        return PassageSplitter.split(sectionBody);
    }
}
