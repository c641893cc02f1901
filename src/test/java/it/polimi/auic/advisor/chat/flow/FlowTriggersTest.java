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
            "check my automatic admission please|ADMISSION",
            "sono ammesso automaticamente?|ADMISSION",
            "do I qualify for automatic admission with 104 credits?|ADMISSION",
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
            "check my studio exam deadline|STUDIO",
            "calcola la scadenza del mio esame di laboratorio|STUDIO",
            "/studio|STUDIO",
            "compute my G|GPARAM",
            "calcola la mia G|GPARAM",
            "what is my G parameter?|GPARAM",
            "/g 28x8 30Lx12 25x6|GPARAM",
            "/G 28x8|GPARAM",
            "28x8 30Lx12 25x6|GPARAM",
            "my exams: 28/8, 30 e lode/12|GPARAM"})
    void recognisesRequests(String text, FlowId flow) {
        assertEquals(Optional.of(flow), FlowTriggers.detect(text));
        assertEquals(Optional.of(new FlowTriggers.Match(flow, true)), FlowTriggers.match(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Can I be admitted automatically?|ADMISSION",
            "Posso avere l'ammissione automatica?|ADMISSION",
            "Who is automatically admitted to the Laurea Magistrale?|ADMISSION",
            "How does the merit assessment score work?|MERIT",
            "What is Alliance4Tech?|ALLIANCE4TECH",
            "until when can I take the studio exam?|STUDIO",
            "When is the deadline for my studio exam?|STUDIO",
            "quando scade la frequenza del laboratorio?|STUDIO",
            "Is studio attendance compulsory, can I still miss some lessons?|STUDIO",
            "entro quando posso sostenere l'esame del laboratorio?|STUDIO",
            "What is parameter G?|GPARAM",
            "come funziona il calcolo della G?|GPARAM"})
    void aQuestionOnACalculatorsTopicIsNotARequestButNamesTheCalculator(String text, FlowId flow) {
        assertEquals(Optional.empty(), FlowTriggers.detect(text));
        assertEquals(Optional.of(new FlowTriggers.Match(flow, false)), FlowTriggers.match(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "How is the G parameter calculated?",
            "What are the requirements for automatic admission?",
            "Quanti crediti servono per l'ammissione automatica?",
            "How does the assessment of merit work?",
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
