package it.polimi.auic.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff notes are blanked out of a file while every line keeps its number. */
class SourceLinesTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private List<String> read(String text) throws IOException {
        Path file = dir.resolve("f.md");
        Files.writeString(file, text);
        SourceLines source = SourceLines.read(file, problems);
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= source.size(); n++) {
            lines.add(source.line(n));
        }
        return lines;
    }

    @Test
    void notesVanishAndLinesKeepTheirNumbers() throws IOException {
        assertEquals(List.of("a ", "", "", "b  c", "d", "", "e"),
                read("a <!-- one -->\n<!-- two\nstill two -->\nb <!-- x --> <!-- y -->c\nd\n<!-- -->\ne\n"));
        assertEquals(List.of(), problems);
    }

    @Test
    void textAfterAMultiLineNoteIsKept() throws IOException {
        assertEquals(List.of("", " after"), read("<!-- a\nb --> after"));
    }

    @Test
    void aClosingMarkWithoutAnOpeningOneIsText() throws IOException {
        assertEquals(List.of("x --> y"), read("x --> y"));
    }

    @Test
    void anUnclosedNoteIsReportedWhereItOpensAndHidesNothingAfterIt() throws IOException {
        List<String> lines = read("a\nb <!-- open\nc\n");

        assertEquals(List.of("a", "b ", "c"), lines, "the lines after the opening stay, to be checked as written");
        assertEquals(List.of(new Problem(dir.resolve("f.md"), 2,
                "a note opened with <!-- is never closed with -->; add --> where the note ends")), problems);
    }

    @Test
    void aNoteLeftOpenUntilTheNextNoteIsReportedWhereItOpens() throws IOException {
        List<String> lines = read("a <!-- forgot\n## 2 B\ntext <!-- real note --> end\n");

        assertEquals(List.of("a ", "## 2 B", "text  end"), lines);
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).line());
    }

    @Test
    void oldMacLineEndingsAreLineEndings() throws IOException {
        assertEquals(List.of("one", "two", "three"), read("one\rtwo\r\nthree"));
    }
}
