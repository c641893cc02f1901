package it.polimi.auic.advisor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.polimi.auic.advisor.TestFolders;
import it.polimi.auic.advisor.feedback.FeedbackSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mistakes staff make editing {@code config/}, each on a copy of the repository's files through the real
 * loaders: the message names file and line and says, in plain words, what is wrong and how to fix it.
 */
class ConfigMistakesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // The four of issue 12.
                mistake("a comma missing at the end of a line", "calculators.json", "\"09-15\",", "\"09-15\"",
                        3, "a comma is missing after the value \"09-15\" at the end of line 2"),
                mistake("a misspelt key", "calculators.json", "\"gparam\": {", "\"gparm\": {",
                        18, "'gparm' is not a setting of calculators.json; did you mean 'gparam'?"),
                mistake("a username as admin", "advisor.json", "\"admins\": []", "\"admins\": [\"@maria_rossi\"]",
                        3, "'admins[0]' must be a numeric Telegram id, not a username (@maria_rossi); the README says "
                                + "how to find one (see \"Configure it\")"),
                mistake("a username without quotes", "advisor.json", "\"admins\": []", "\"admins\": [@maria_rossi]",
                        3, "'admins[0]' is @maria_rossi, a Telegram username: a numeric Telegram id is needed here; "
                                + "the README says how to find one (see \"Configure it\")"),
                mistake("a value out of range", "advisor.json", "\"conversationIdleMinutes\": 30",
                        "\"conversationIdleMinutes\": 0",
                        4, "'conversationIdleMinutes' must be between 1 and 1440 minutes, got 0"),
                // Commas, brackets, quotes.
                mistake("the README's example", "advisor.json", "\"data\",", "\"data\"",
                        3, "a comma is missing after the value \"data\" at the end of line 2"),
                mistake("a comma missing after a closing brace", "calculators.json", "\"average\": 25 },",
                        "\"average\": 25 }", 6, "a comma is missing after the } at the end of line 5"),
                mistake("a comma missing inside a line", "calculators.json", "\"2003/04\", \"toYear\"",
                        "\"2003/04\" \"toYear\"",
                        5, "a comma is missing after the value \"2003/04\", before \"toYear\" (column 31)"),
                mistake("a semicolon for a comma", "advisor.json", "\"data\",", "\"data\";",
                        2, "entries are separated by a comma, not ;: write , here"),
                mistake("a comma after the last entry of a list", "calculators.json", "\"points\": 110 }",
                        "\"points\": 110 },",
                        15, "this comma is after the last entry, before the ] on line 16: remove it"),
                mistake("a comma after the last key", "advisor.json", "\"handoverDays\": 14", "\"handoverDays\": 14,",
                        6, "this comma is after the last entry, before the } on line 7: remove it"),
                mistake("a brace never closed", "advisor.json", "14\n}", "14\n",
                        1, "this { is never closed: the file ends before its }"),
                mistake("a bracket never closed", "calculators.json", "[\"L-17\"],", "[\"L-17\",",
                        9, "the [ on line 8 is not closed: a ] is missing before this key"),
                mistake("a brace never closed inside a list", "calculators.json", "\"points\": 66 },", "\"points\": 66 ,",
                        15, "the { on line 14 is not closed: a } is missing before this {"),
                mistake("a closing bracket that does not match", "calculators.json", "\"points\": 66 }", "\"points\": 66 ]",
                        14, "this ] does not match the { on line 14: write } (or add the missing opening one)"),
                mistake("a brace too many at the end", "advisor.json", "14\n}", "14\n}\n}",
                        8, "this } closes nothing: the settings were already closed by the } on line 7 (is one too "
                                + "many, or an opening one missing above?)"),
                mistake("a key without quotes", "advisor.json", "\"dataDir\":", "dataDir:",
                        2, "the key dataDir must be in double quotes: \"dataDir\""),
                mistake("single quotes", "advisor.json", "\"data\"", "'data'",
                        2, "'dataDir' has its text in single quotes '...': JSON needs double quotes \"...\""),
                mistake("curly quotes from a word processor", "advisor.json", "\"data\"", "\u201Cdata\u201D",
                        2, "'dataDir' has its text in curly quotes \u201C...: JSON needs straight double quotes \"...\" "
                                + "(a word processor or the editor changed them: retype them in a plain text editor)"),
                mistake("text without its closing quote", "advisor.json", "\"data\",", "\"data,",
                        2, "the text that starts here (column 14) has no closing double quote on its line"),
                mistake("a colon missing", "advisor.json", "\"dataDir\": \"data\"", "\"dataDir\" \"data\"",
                        2, "a colon is missing after the key \"dataDir\": write \"dataDir\": and then its value"),
                mistake("a key without a value", "advisor.json", "\"staffChat\": null", "\"staffChat\": ",
                        5, "'staffChat' has no value: write one before this ,"),
                mistake("a comment", "feedback.json", "\"keptFiles\": 5", "\"keptFiles\": 5 // five is plenty",
                        3, "comments are not allowed in a JSON file: remove this one (notes about the settings "
                                + "belong in the README)"),
                mistake("a Windows folder with single backslashes", "advisor.json", "\"data\"", "\"C:\\data\"",
                        2, "a backslash in text must be written twice (\\\\), or use / in folder names: \\d means "
                                + "nothing in JSON"),
                mistake("a tab inside text", "advisor.json", "\"data\"", "\"my\tdata\"",
                        2, "a tab inside text must be written \\t, or replaced by spaces"),
                mistake("a non-breaking space pasted from a web page", "advisor.json", "\"admins\": []",
                        "\"admins\":\u00A0[]", 3, "there is a non-breaking space here (column 12), often pasted from a "
                                + "web page or a document: replace it by an ordinary space"),
                // Values that are not JSON.
                mistake("yes for true", "academic-calendar.json", "\"confirmed\": false", "\"confirmed\": yes",
                        10, "'years[0].confirmed' is yes, which JSON does not know: write true or false (lower case, "
                                + "without quotes)"),
                mistake("None for null", "advisor.json", "\"staffChat\": null", "\"staffChat\": None",
                        5, "'staffChat' is None, which JSON does not know: write null (lower case, without quotes) "
                                + "for no value"),
                mistake("a day without quotes", "calculators.json", "\"09-15\"", "09-15",
                        2, "'academicYearStart' is 09-15 without quotes: write \"09-15\" (text goes in double quotes)"),
                mistake("a unit after a number", "advisor.json", "\"handoverDays\": 14", "\"handoverDays\": 14days",
                        6, "'handoverDays' is 14days without quotes: write \"14days\" (text goes in double quotes)"),
                mistake("a number too large to read", "feedback.json", "\"keptFiles\": 5", "\"keptFiles\": 5" + "0".repeat(1000),
                        3, "this value is too large, or nested too deep, to be read: make it shorter"),
                mistake("a number with a leading zero", "feedback.json", "\"keptFiles\": 5", "\"keptFiles\": 05",
                        3, "'keptFiles' is 05: a number cannot start with 0; write 5, or \"05\" in double quotes if it "
                                + "is text"),
                mistake("a decimal comma", "calculators.json", "\"average\": 27 ", "\"average\": 27,5 ",
                        6, "a number is written with a dot, not a comma: 27.5, not 27,5"),
                // Keys.
                mistake("a key nothing is close to", "calculators.json", "\"honoursValue\": 30", "\"lode\": 30",
                        19, "'gparam.lode' is not a setting of 'gparam'; the only one is honoursValue"),
                mistake("a key in the wrong case", "advisor.json", "\"handoverDays\"", "\"handoverdays\"",
                        6, "'handoverdays' is not a setting of advisor.json; did you mean 'handoverDays'? (capital "
                                + "letters count)"),
                mistake("an unknown key, listing the known ones", "feedback.json", "\"keptFiles\": 5",
                        "\"keptFiles\": 5, \"colour\": 1", 3, "'colour' is not a setting of feedback.json; the settings "
                                + "are maxFileBytes, keptFiles"),
                mistake("a key given twice", "advisor.json", "\"staffChat\": null,", "\"staffChat\": null,\n  \"staffChat\": -100,",
                        6, "'staffChat' is given twice (also on line 5); keep one of the two"),
                mistake("a required key missing", "calculators.json", ",\n  \"gparam\": {\n    \"honoursValue\": 30\n  }", "",
                        1, "'gparam' is missing; add it, e.g. \"gparam\": { \"honoursValue\": <number> }"),
                mistake("a required key missing inside", "calculators.json", "\"credits\": 104, \"average\": 27",
                        "\"average\": 27", 6, "'admission.nvThresholds[1].credits' is missing; add it, e.g. "
                                + "\"credits\": <whole number>"),
                mistake("a required list missing", "advisor.json", "\"admins\": [],", "",
                        1, "'admins' is missing; add it, e.g. \"admins\": [<whole number>, ...]"),
                // Wrong kinds of value.
                mistake("text for a whole number", "calculators.json", "\"credits\": 104, \"average\": 25",
                        "\"credits\": \"abc\", \"average\": 25",
                        5, "'admission.nvThresholds[0].credits' must be a whole number, not \"abc\""),
                mistake("a fraction for a whole number", "advisor.json", "\"handoverDays\": 14", "\"handoverDays\": 1.5",
                        6, "'handoverDays' must be a whole number, not 1.5"),
                mistake("a quoted number", "advisor.json", "\"conversationIdleMinutes\": 30",
                        "\"conversationIdleMinutes\": \"30\"",
                        4, "'conversationIdleMinutes' must be a whole number without quotes: 30, not \"30\""),
                mistake("a quoted decimal with a comma", "calculators.json", "\"honoursValue\": 30",
                        "\"honoursValue\": \"30,5\"", 19, "'gparam.honoursValue' must be a number written with a dot "
                                + "and without quotes: 30.5, not \"30,5\""),
                mistake("text for true or false", "academic-calendar.json", "\"confirmed\": false", "\"confirmed\": \"no\"",
                        10, "'years[0].confirmed' must be true or false (lower case, without quotes), not \"no\""),
                mistake("a number for text", "advisor.json", "\"dataDir\": \"data\"", "\"dataDir\": 5",
                        2, "'dataDir' must be text in double quotes: \"5\", not 5"),
                mistake("one value for a list", "calculators.json", "[\"L-17\"]", "\"L-17\"",
                        8, "'admission.compliantClasses' must be a list in square brackets, e.g. [\"L-17\"], not \"L-17\""),
                mistake("null for a list", "advisor.json", "\"admins\": []", "\"admins\": null",
                        3, "'admins' must be a list in square brackets, e.g. [<whole number>, ...] ([] for none), not null"),
                mistake("null in a list", "advisor.json", "\"admins\": []", "\"admins\": [null]",
                        3, "'admins[0]' must be a whole number, not null"),
                mistake("a number for a group of settings", "calculators.json", "\"gparam\": {\n    \"honoursValue\": 30\n  }",
                        "\"gparam\": 30", 18, "'gparam' must be settings in braces, e.g. { \"honoursValue\": <number> }, not 30"),
                mistake("a list for the whole file", "feedback.json", "{\n  \"maxFileBytes\": 1048576,\n  \"keptFiles\": 5\n}",
                        "[]", 1, "the settings must be written between { and }, not a list [...]"),
                // Values the loaders check, with the line of their key.
                mistake("a date that does not exist", "academic-calendar.json", "\"2027-02-20\"", "\"2027-02-30\"",
                        12, "'years[0].sessions[0].ends' must be a real date written like \"2027-01-11\" "
                                + "(year-month-day), not \"2027-02-30\""),
                mistake("a date written the Italian way", "academic-calendar.json", "\"2027-02-20\"", "\"20/02/2027\"",
                        12, "'years[0].sessions[0].ends' must be a real date written like \"2027-01-11\" "
                                + "(year-month-day), not \"20/02/2027\""),
                mistake("honours out of range", "calculators.json", "\"honoursValue\": 30", "\"honoursValue\": 29",
                        19, "'gparam.honoursValue' must be between 30 and 33, got 29"),
                mistake("a class in both lists", "calculators.json", "[\"L-17\"]", "[\"L-17\", \"L-21\"]",
                        8, "'admission.compliantClasses' lists L-21, which admission.excludedClasses lists too; a class "
                                + "cannot be in both"),
                mistake("a year listed twice", "academic-calendar.json", "\"2028/29\"", "\"2027/28\"",
                        27, "'years[2].academicYear' gives 2027/28, which an earlier entry of years gives too"),
                mistake("feedback files out of range", "feedback.json", "\"keptFiles\": 5", "\"keptFiles\": 0",
                        3, "'keptFiles' must be between 1 and 100 files, got 0"),
                mistake("a negative admin id", "advisor.json", "\"admins\": []", "\"admins\": [\n    7,\n    -1\n  ]",
                        5, "'admins[1]' must be a positive Telegram user id, got -1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsNamedWithFileLineAndWhatToDo(String what, String file, String before, String after, int line,
                                                   String message) {
        TestFolders.copy(Path.of("config"), dir);
        TestFolders.replace(dir.resolve(file), before, after);

        assertRefused(file, line, message);
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        TestFolders.copy(Path.of("config"), dir);
        Files.writeString(dir.resolve("feedback.json"), " \n");

        assertRefused("feedback.json", 0, "the file is empty: it must hold the settings between { and }");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        TestFolders.copy(Path.of("config"), dir);
        Files.delete(dir.resolve("calculators.json"));

        assertRefused("calculators.json", 0, "file not found: the advisor needs it in the config folder");
    }

    @Test
    void aFileNotSavedAsUtf8NamesTheLine() throws IOException {
        TestFolders.copy(Path.of("config"), dir);
        String text = Files.readString(dir.resolve("calculators.json")).replace("Edilizia", "Edilizia \u00E8");
        Files.write(dir.resolve("calculators.json"), text.getBytes(StandardCharsets.ISO_8859_1));

        assertRefused("calculators.json", 10, "has a character that is not saved as UTF-8 (often an accented letter "
                + "written by an older editor): save the file as UTF-8");
    }

    @Test
    void aFileSavedAsUtf16SaysToSaveItAsUtf8() throws IOException {
        TestFolders.copy(Path.of("config"), dir);
        Files.write(dir.resolve("advisor.json"), Files.readString(dir.resolve("advisor.json")).getBytes(StandardCharsets.UTF_16));

        assertRefused("advisor.json", 0, "is saved as UTF-16 (\"Unicode\"): save it as UTF-8");
    }

    @Test
    void aByteOrderMarkWindowsLineEndingsAndTabsAreFine() throws IOException {
        TestFolders.copy(Path.of("config"), dir);
        for (String file : new String[] {"advisor.json", "calculators.json", "academic-calendar.json", "feedback.json"}) {
            String text = Files.readString(dir.resolve(file)).replace("  ", "\t").replace("\n", "\r\n");
            Files.writeString(dir.resolve(file), "\uFEFF" + text);
        }

        assertEquals(AdvisorConfig.load(Path.of("config")), AdvisorConfig.load(dir));
        assertEquals(FeedbackSettings.load(Path.of("config")), FeedbackSettings.load(dir));
    }

    @Test
    void withAByteOrderMarkAndWindowsLineEndingsTheLinesStayRight() throws IOException {
        TestFolders.copy(Path.of("config"), dir);
        Path file = dir.resolve("calculators.json");
        String text = Files.readString(file).replace("\"honoursValue\": 30", "\"honoursValue\": 29").replace("\n", "\r\n");
        Files.writeString(file, "\uFEFF" + text);

        assertRefused("calculators.json", 19, "'gparam.honoursValue' must be between 30 and 33, got 29");
    }

    private void assertRefused(String file, int line, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> {
            AdvisorConfig.load(dir);
            FeedbackSettings.load(dir);
        });
        assertEquals(dir.resolve(file) + (line > 0 ? ":" + line : "") + ": " + message, e.getMessage());
        PlainWords.assertPlain(e.getMessage());
    }

    private static Arguments mistake(String what, String file, String before, String after, int line, String message) {
        return Arguments.of(what, file, before, after, line, message);
    }
}
