package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.gparam.Exam;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exams pasted as students write them. */
class GradeListTest {

    private static final List<Exam> THREE = List.of(new Exam(28, 8, false), new Exam(30, 12, true), new Exam(26, 6, false));

    @ParameterizedTest
    @ValueSource(strings = {"28x8 30Lx12 26x6", "28/8, 30 e lode/12, 26/6", "28 8\n30L 12\n26 6",
        "28 (8 CFU); 30 e lode (12 CFU); 26 (6 CFU)", "28 x 8, 30L x 12, 26 x 6",
        "28/8\n30 cum laude 12 credits\n26/6", "my exams: 28x8, 30 con lode x 12 and 26x6", "28*8 30+x12 26×6"})
    void everyUsualWayReadsTheSameThreeExams(String text) {
        GradeList.Reading reading = GradeList.read(text);

        assertEquals(THREE, reading.exams(), reading.toString());
        assertTrue(reading.unread().isEmpty() && reading.impossible().isEmpty(), reading.toString());
    }

    @Test
    void whatIsNotUnderstoodIsKeptBesideWhatIs() {
        GradeList.Reading reading = GradeList.read("28x8, ventotto/12, 17x6");

        assertEquals(List.of(new Exam(28, 8, false)), reading.exams());
        assertEquals(List.of("ventotto/12"), reading.unread());
        assertEquals(1, reading.impossible().size());
        assertTrue(reading.impossible().get(0).startsWith("17x6: must be a whole number from 18 to 30"),
                reading.impossible().toString());
    }

    @Test
    void aDateOrAnAcademicYearIsNoExam() {
        assertTrue(GradeList.read("I enrolled in 2020/21").exams().isEmpty());
        assertTrue(GradeList.read("18/07/2023").exams().isEmpty());
    }
}
