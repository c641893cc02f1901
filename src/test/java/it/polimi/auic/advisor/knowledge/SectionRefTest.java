package it.polimi.auic.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SectionRefTest {

    @Test
    void aReferenceIsADocumentIdAndASectionIdSeparatedBySpaces() {
        assertEquals(Optional.of(new SectionRef("programme-rules", "5.4.1")), SectionRef.parse("  programme-rules \t 5.4.1 "));
        assertEquals("programme-rules 5.4.1", new SectionRef("programme-rules", "5.4.1").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "programme-rules", "programme-rules 5.4 5.4.1"})
    void anythingElseIsNotAReference(String text) {
        assertEquals(Optional.empty(), SectionRef.parse(text));
    }
}
