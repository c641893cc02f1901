package it.polimi.auic.advisor.chat.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.calc.AcademicYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each parser gives a value of its question's type, or a reason in both languages. */
class AnswerParsersTest {

    @ParameterizedTest
    @CsvSource({"Sì!, true", "yes, true", "nope, false", "N, false"})
    void yesOrNoInEitherLanguage(String text, boolean expected) {
        assertEquals(Parsed.value(expected), AnswerParsers.yesNo(text));
    }

    @ParameterizedTest
    @CsvSource({"18/07/2023, 2023-07-18", "2023-07-18, 2023-07-18", "1.2.2024, 2024-02-01"})
    void datesDayFirstOrIso(String text, LocalDate expected) {
        assertEquals(Parsed.value(expected), AnswerParsers.date(text));
    }

    @ParameterizedTest
    @CsvSource({"2020/21, 2020", "a.a. 2020-2021, 2020", "2020, 2020"})
    void academicYears(String text, int start) {
        assertEquals(Parsed.value(new AcademicYear(start)), AnswerParsers.academicYear(text));
    }

    @ParameterizedTest
    @CsvSource({"'27,5', 27.5", "28 cfu, 28", "30, 30"})
    void decimalsWithAnItalianComma(String text, BigDecimal expected) {
        assertEquals(Parsed.value(expected), AnswerParsers.decimal(text, BigDecimal.valueOf(18), BigDecimal.valueOf(30)));
    }

    @ParameterizedTest
    @CsvSource({"number, 31", "number, abc", "date, 30/02/2023", "date, 18/07/1066", "year, 2020/23", "year, spring"})
    void whatIsNotAnAnswerGetsAReasonInBothLanguages(String kind, String text) {
        Parsed<?> parsed = switch (kind) {
            case "number" -> AnswerParsers.whole(text, 0, 30);
            case "date" -> AnswerParsers.date(text);
            default -> AnswerParsers.academicYear(text);
        };
        Parsed.Refused<?> refused = assertInstanceOf(Parsed.Refused.class, parsed);
        assertTrue(!refused.reason().en().isBlank() && !refused.reason().it().isBlank(), refused.toString());
    }

    @ParameterizedTest
    @CsvSource({"28.5, 0", "-1, 0", "200, 0"})
    void wholeNumbersInRange(String text, int low) {
        assertInstanceOf(Parsed.Refused.class, AnswerParsers.whole(text, low, 180));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"sì, ho l'IELTS | true", "si ho l'ielts | true", "yes I have it | true",
        "of course | true", "not yet | false", "no, non ancora | false", "non ce l'ho | false", "certo | true"})
    void yesOrNoInsideASentence(String text, boolean expected) {
        assertEquals(Parsed.value(expected), AnswerParsers.yesNo(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no idea", "boh", "non lo so, scusa"})
    void notKnowingIsNeitherYesNorNo(String text) {
        assertInstanceOf(Parsed.Refused.class, AnswerParsers.yesNo(text));
        assertTrue(AnswerParsers.dontKnow(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"mi sono iscritta nel 2022 | 2022", "I enrolled in 2021/22, I think | 2021",
        "a.a. 2019-20 | 2019", "nel settembre 2020 | 2020"})
    void academicYearsInsideASentence(String text, int start) {
        assertEquals(Parsed.value(new AcademicYear(start)), AnswerParsers.academicYear(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I graduated on 18/07/2023 | 2023-07-18", "18 July 2023 | 2023-07-18",
        "July 18, 2023 | 2023-07-18", "mi laureo il 18 luglio 2024 | 2024-07-18"})
    void datesInsideASentenceOrWithTheMonthsName(String text, LocalDate expected) {
        assertEquals(Parsed.value(expected), AnswerParsers.date(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"around 27.5 | 27.5", "more or less 27,5 | 27.5", "no idea, maybe 27? | 27",
        "la mia media è 26 | 26", "I have 150 credits and average 27 | 27"})
    void numbersInsideASentenceAndTheOneNextToTheQuestionsWord(String text, BigDecimal expected) {
        assertEquals(Parsed.value(expected),
                AnswerParsers.decimal(text, BigDecimal.valueOf(18), BigDecimal.valueOf(30), Cues.AVERAGE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I have 150 credits and average 27 | 150", "circa 140 cfu | 140"})
    void creditsNextToTheirWord(String text, int expected) {
        assertEquals(Parsed.value(expected), AnswerParsers.whole(text, 0, 400, Cues.CREDITS));
    }

    @org.junit.jupiter.api.Test
    void twoNumbersWithoutACueAreNotGuessed() {
        assertInstanceOf(Parsed.Refused.class, AnswerParsers.whole("maybe 120 or 130", 0, 400, Cues.CREDITS));
    }
}
