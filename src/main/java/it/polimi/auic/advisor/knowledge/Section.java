package it.polimi.auic.advisor.knowledge;

import java.util.List;

/**
 * One section of a regulation document: its own number (or id) and heading, and its text verbatim.
 *
 * @param documentId the document it belongs to
 * @param id         the regulation's section number ("5.4.1"), or a short id for unnumbered pages ("erasmus-plus")
 * @param title      the heading without its number ("Studios")
 * @param level      heading depth: 2 for "##", 3 for "###", ...
 * @param parentIds  ids of the enclosing sections, outermost first ("5", "5.4" for "5.4.1")
 * @param body       the section's own text (not its subsections'), verbatim; may be empty
 * @param line       the heading's line in the file, for messages to staff
 */
public record Section(String documentId, String id, String title, int level, List<String> parentIds,
                      String body, int line) {

    public Section {
        parentIds = List.copyOf(parentIds);
    }

    public SectionRef ref() {
        return new SectionRef(documentId, id);
    }

    /** "5.4.1 Studios" for numbered sections, the heading alone otherwise. */
    public String label() {
        return Character.isDigit(id.charAt(0)) ? id + " " + title : title;
    }

    public boolean hasText() {
        return !body.isBlank();
    }
}
