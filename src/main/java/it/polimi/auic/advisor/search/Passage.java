package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.SectionRef;

/**
 * What an answer rests on: a section's verbatim text, or one part of it when the section is too long for
 * one reply. Never more than one section.
 *
 * @param key           unique key, e.g. "programme-rules#5.4.1" or "programme-rules#7.2/2" for a second part
 * @param section       the section it belongs to
 * @param documentTitle the document's title, for the citation
 * @param sectionLabel  "5.4.1 Studios", or the heading of an unnumbered section
 * @param title         the heading without number ("Studios")
 * @param text          the verbatim text, at most {@link PassageSplitter#MAX_CHARS} characters
 */
public record Passage(String key, SectionRef section, String documentTitle, String sectionLabel, String title,
                      String text) {

    /** "Programme Rules ..., 5.4.1 Studios". */
    public String citation() {
        return documentTitle + ", " + sectionLabel;
    }
}
