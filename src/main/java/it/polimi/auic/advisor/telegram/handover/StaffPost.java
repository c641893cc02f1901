package it.polimi.auic.advisor.telegram.handover;

import it.polimi.auic.advisor.telegram.format.HtmlRenderer;
import it.polimi.auic.advisor.telegram.format.MessageText;

/**
 * What the staff see in their chat: a short header in both languages (the staff may read either, the student may
 * write either) and the question's text, nothing else of the student's.
 */
final class StaffPost {

    static final String HEADER = "Domanda di uno studente / Student question — rispondi a questo messaggio / "
            + "reply to this message to answer:";

    private StaffPost() {
    }

    static MessageText of(String question) {
        String text = HtmlRenderer.sanitize(question);
        return new MessageText("<b>" + HtmlRenderer.escape(HEADER) + "</b>\n\n" + HtmlRenderer.escape(text),
                HEADER + "\n\n" + text);
    }
}
