package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.flow.FlowTurn.Outcome;
import org.junit.jupiter.api.Test;

/** Answers that contradict each other or the rules are named, and the student is asked which is right. */
class AdmissionContradictionTest {

    @Test
    void theProgrammeExceptionWithAClassItIsNoExceptionToIsNamedAndTheClassAskedAgain() {
        FlowDriver chat = FlowDriver.english();

        FlowTurn turn = chat.send("/admission polimi=yes class=L-4 programme=\"Architecture and Building Production\" "
                + "year=2020/21 graduated=2023-07-18 credits=140 average=28 english=yes");

        assertEquals(Outcome.ASKED, turn.outcome(), chat.text());
        assertTrue(chat.text().contains("You said class L-4 and the \"Architecture and Building Production\" programme"),
                chat.text());
        assertTrue(chat.text().contains("What is the degree class of your bachelor's?"), chat.text());
        chat.send("L-4");
        assertTrue(chat.text().startsWith("❌ Not admissible to this programme"), chat.text());
        assertFalse(chat.text().contains("with educational debits"), chat.text());
    }

    @Test
    void aClassThatIsNeitherCompliantNorExcludedIsNotAskedAboutTheException() {
        FlowDriver chat = FlowDriver.english();
        chat.send("/admission");
        chat.press("Yes");

        chat.send("L-4");

        assertFalse(chat.text().contains("Architecture and Building Production"), chat.text());
    }
}
