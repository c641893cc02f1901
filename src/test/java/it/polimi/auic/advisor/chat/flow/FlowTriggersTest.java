package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlowTriggersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "am I eligible for automatic admission?|ADMISSION",
            "Can I be admitted automatically?|ADMISSION",
            "check my automatic admission please|ADMISSION",
            "sono ammesso automaticamente?|ADMISSION",
            "Posso avere l'ammissione automatica?|ADMISSION",
            "/admission|ADMISSION",
            "/admission@AuicAdvisorBot|ADMISSION",
            "/ammissione|ADMISSION",
            "estimate my merit score|MERIT",
            "What merit score would I get?|MERIT",
            "stima il mio punteggio di merito|MERIT",
            "/merit avg=26|MERIT",
            "check my Alliance4Tech plan|ALLIANCE4TECH",
            "Is my Alliance 4 Tech plan valid?|ALLIANCE4TECH",
            "verifica il mio piano Alliance4Tech|ALLIANCE4TECH",
            "/a4t|ALLIANCE4TECH",
            "until when can I take the studio exam?|STUDIO",
            "When is the deadline for my studio exam?|STUDIO",
            "entro quando posso sostenere l'esame del laboratorio?|STUDIO",
            "/studio|STUDIO",
            "compute my G|GPARAM",
            "calcola la mia G|GPARAM",
            "what is my G parameter?|GPARAM",
            "/g 28x8 30Lx12 25x6|GPARAM",
            "/G 28x8|GPARAM"})
    void recognisesRequests(String text, FlowId flow) {
        assertEquals(Optional.of(flow), FlowTriggers.detect(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "What is parameter G?",
            "How is the G parameter calculated?",
            "What are the requirements for automatic admission?",
            "Quanti crediti servono per l'ammissione automatica?",
            "How does the assessment of merit work?",
            "What is Alliance4Tech?",
            "How much studio attendance is compulsory?",
            "e.g. I passed three exams",
            "hello",
            "/start",
            "/help",
            "",
            "🙂🙂🙂",
            "<b>automatic admission</b>"})
    void leavesQuestionsAboutTheRulesToTheIndex(String text) {
        assertEquals(Optional.empty(), FlowTriggers.detect(text));
    }
}
