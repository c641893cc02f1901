package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import org.junit.jupiter.api.Test;

/** On the console there are no buttons to press: typing what a button says must work the same. */
class TypedLabelsTest {

    @Test
    void typedLabelsWorkLikeButtons() {
        FlowDriver chat = FlowDriver.english();
        chat.send("/alliance");
        assertEquals(Outcome.ASKED, chat.send("MSc 1st year, winter call").outcome());
        assertTrue(chat.text().contains("semester 1 of 4"), chat.text());
        chat.send("TU Berlin");
        assertTrue(chat.text().contains("semester 2 of 4"), "a typed partner label is a place");
        assertEquals(Outcome.ASKED, chat.send("⬅ Back").outcome());
        assertTrue(chat.text().contains("semester 1 of 4"), chat.text());

        FlowDriver admission = FlowDriver.english();
        admission.send("/admission");
        admission.send("Yes");
        admission.send("L-17");
        admission.send("2020/21");
        assertEquals(Outcome.ASKED, admission.send("I don't know: skip").outcome());
        assertTrue(admission.text().contains("On what day did (or will) you graduate"), admission.text());

        FlowDriver merit = FlowDriver.italian();
        merit.send("/merit media=27 crediti=150 portfolio=1 tirocinio=0 altri=0 laureando=sì");
        assertEquals(Outcome.FINISHED, merit.send("Gli stessi: 150").outcome());
        assertTrue(merit.text().contains("Hai 150 crediti registrati"), merit.text());

        FlowDriver cancel = FlowDriver.italian();
        cancel.send("/studio");
        assertEquals(Outcome.CANCELLED, cancel.send("✖ Annulla").outcome());
    }
}
