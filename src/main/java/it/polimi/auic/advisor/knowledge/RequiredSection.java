package it.polimi.auic.advisor.knowledge;

/**
 * A section something outside {@code knowledge/} relies on (a calculator cites it in its findings): the
 * folder is refused when the section, or its document, is missing or has no text.
 *
 * @param ref     the section
 * @param citedBy who relies on it, in words for staff ("the studio attendance calculator")
 */
public record RequiredSection(SectionRef ref, String citedBy) {
}
