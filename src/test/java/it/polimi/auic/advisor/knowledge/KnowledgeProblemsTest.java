package it.polimi.auic.advisor.knowledge;

import static it.polimi.auic.advisor.knowledge.KnowledgeFolder.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of mistake staff can make in knowledge/ is reported with its file and line, next to a valid
 * base folder that must stay free of problems; and all of them at once.
 */
class KnowledgeProblemsTest {

    @TempDir
    Path dir;

    /**
     * One mistake: {@code text} written to {@code file} (next to the valid base folder) must give a problem in
     * that file, on {@code line} (0: the whole file), whose message contains {@code fragment}.
     */
    record Case(String name, String file, String text, int line, String fragment) {

        /** The problem is expected on the first line holding {@code marker}. */
        static Case at(String name, String file, String text, String marker, String fragment) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(marker)) {
                    return new Case(name, file, text, i + 1, fragment);
                }
            }
            throw new IllegalStateException("marker '" + marker + "' not in the text of " + name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String HEADER_TAIL = "title: T\nsource: S\nacademic-year: 2022/23\n---\n\n## 1 A\n\nText.\n";

    static Stream<Case> documentMistakes() {
        return Stream.of(
                Case.at("no header at all", "doc.md", "## 1 Title\n\nText.\n", "## 1 Title", "must start with a header"),
                Case.at("header after blank lines and text", "doc.md", "\n\nSome text\n---\n", "Some text",
                        "must start with a header"),
                new Case("empty file", "doc.md", "", 1, "must start with a header"),
                Case.at("header never closed", "doc.md", "\n---\nid: doc\ntitle: T\n\n## 1 A\n", "---",
                        "never closed"),
                Case.at("unknown header key", "doc.md", "---\nid: doc\nauthor: me\n" + HEADER_TAIL, "author: me",
                        "unknown header line 'author: me'"),
                Case.at("header line without a colon", "doc.md", "---\nid: doc\njust words\n" + HEADER_TAIL,
                        "just words", "unknown header line"),
                Case.at("duplicate header key", "doc.md", "---\nid: doc\nid: doc2\n" + HEADER_TAIL, "id: doc2",
                        "'id' is given twice"),
                Case.at("empty header value", "doc.md",
                        "---\nid: doc\ntitle: T\nsource:\nacademic-year: 2022/23\n---\n\n## 1 A\n", "source:",
                        "'source' has no value"),
                Case.at("missing header key", "doc.md", "---\nid: doc\ntitle: T\nacademic-year: 2022/23\n---\n\n## 1 A\n",
                        "---", "missing 'source:'"),
                Case.at("id with capitals and underscore", "doc.md", "---\nid: Doc_1\n" + HEADER_TAIL, "id: Doc_1",
                        "header id 'Doc_1'"),
                Case.at("academic year not consecutive", "doc.md",
                        "---\nid: doc\ntitle: T\nsource: S\nacademic-year: 2022/24\n---\n\n## 1 A\n",
                        "academic-year: 2022/24", "'2022/24' must look like 2022/23"),
                Case.at("academic year with a dash", "doc.md",
                        "---\nid: doc\ntitle: T\nsource: S\nacademic-year: 2022-23\n---\n\n## 1 A\n",
                        "academic-year: 2022-23", "must look like 2022/23"),
                Case.at("text before the first heading", "doc.md", document("doc", "Stray text.\n\n## 1 A\n"),
                        "Stray text.", "text before the first section heading"),
                Case.at("level-1 heading", "doc.md", document("doc", "## 1 A\n\n# 2 B\n"), "# 2 B", "'# ' is reserved"),
                Case.at("duplicate section id", "doc.md", document("doc", "## 2 Fees\n\nA.\n\n## 2 Payments\n\nB.\n"),
                        "## 2 Payments", "section id '2' is already used at line 8"),
                Case.at("duplicate explicit id", "doc.md",
                        document("doc", "## One {#same}\n\nA.\n\n## Two {#same}\n\nB.\n"), "## Two", "'same'"),
                Case.at("heading without a title", "doc.md", document("doc", "## {#only-id}\n\nA.\n"), "{#only-id}",
                        "has no title"),
                new Case("no sections (reported at the header's end)", "doc.md", document("doc", "\n"), 6, "has no sections"),
                new Case("document id used by another file", "zz.md", document("rules", "## 9 Z\n\nZ.\n"), 0,
                        "document id 'rules' is already used by"),
                Case.at("heading level that does not match its number", "doc.md",
                        document("doc", "## 5 Plan\n\nA.\n\n## 5.4 Attendance\n\nB.\n"), "## 5.4", "section 5.4 has ##; "
                        + "a number with 2 parts takes ###"),
                Case.at("subsection under another section", "doc.md",
                        document("doc", "## 5 Plan\n\nA.\n\n## 6 Allocations\n\nB.\n\n### 5.4 Attendance\n\nC.\n"),
                        "### 5.4", "section 5.4 comes under section 6; its number puts it under section 5"),
                Case.at("note never closed", "doc.md", document("doc", "## 1 A\n\nText <!-- a note\nthat goes on\n"),
                        "<!-- a note", "never closed with -->"),
                Case.at("heading without a space after its #", "doc.md", document("doc", "## 1 A\n\nA.\n\n###1.1 B\n\nB.\n"),
                        "###1.1", "a heading needs a space after its '#' signs: write '### 1.1 B'"),
                Case.at("heading that lost its number", "doc.md",
                        document("doc", "## 1 A\n\nA.\n\n### Workshops\n\nB.\n"), "### Workshops",
                        "the heading 'Workshops' has no section number"));
    }

    static Stream<Case> faqMistakes() {
        return Stream.of(
                Case.at("entry without a section line", "faq/x.md", "## Where is the office?\n- office location\n",
                        "## Where", "has no 'section: DOCUMENT SECTION' line"),
                Case.at("two section lines", "faq/x.md", "## Where is the office?\nsection: rules 1\nsection: rules 1.1\n",
                        "rules 1.1", "a second 'section:' line"),
                Case.at("section line without a section id", "faq/x.md", "## Where is the office?\nsection: rules\n",
                        "section: rules", "needs a document id and a section id"),
                Case.at("section line with three words", "faq/x.md", "## Where is the office?\nsection: rules 1 1.1\n",
                        "section: rules", "got 'rules 1 1.1'"),
                Case.at("section that does not exist", "faq/x.md",
                        "\n## Where is the office?\nsection: rules 7.2\nanswer: Candidates apply online.\n",
                        "section: rules 7.2", "points at section 'rules 7.2', which does not exist in rules.md"),
                Case.at("document that does not exist", "faq/x.md",
                        "## Where is the office?\nsection: mobility 1\nanswer: Candidates apply online.\n",
                        "section: mobility 1", "no document in knowledge/ has the id 'mobility'; check the spelling"),
                Case.at("entry without an answer", "faq/x.md", "## Where is the office?\nsection: rules 1\n- office\n",
                        "## Where", "entry has no 'answer:' line"),
                Case.at("empty answer", "faq/x.md", "## Where is the office?\nsection: rules 1\nanswer:\n",
                        "answer:", "'answer:' is empty"),
                Case.at("answer that is not in its section", "faq/x.md",
                        "## Where is the office?\nsection: rules 1\nanswer: Candidates apply by post.\n",
                        "answer: Candidates", "this answer is not in section 'rules 1' word for word"),
                Case.at("answer from another section", "faq/x.md",
                        "## Where is the office?\nsection: rules 1.1\nanswer: Candidates apply online.\n",
                        "answer: Candidates", "not in section 'rules 1.1'"),
                Case.at("question asked in another file", "faq/y.md", "## how do I APPLY?\nsection: rules 1.1\nanswer: A Laurea is required.\n",
                        "## how", "the same question is already at general.md:1"),
                Case.at("unexpected line in an entry", "faq/x.md", "## Where is the office?\nsection: rules 1\nVia Golgi 42\n",
                        "Via Golgi", "unexpected line 'Via Golgi 42'"),
                Case.at("line before the first question", "faq/x.md", "Intro text\n## Where is the office?\nsection: rules 1\n",
                        "Intro text", "expected a question line"),
                Case.at("empty phrasing", "faq/x.md", "## Where is the office?\nsection: rules 1\n-\n", "-",
                        "empty phrasing"));
    }

    static Stream<Case> glossaryMistakes() {
        return Stream.of(
                Case.at("line without a comma or arrow", "glossary.txt", "# note\ncfu ects\n", "cfu ects",
                        "at least two words separated by ','"),
                Case.at("line with two arrows", "glossary.txt", "a => b => c\n", "a =>",
                        "cannot read 'a => b => c'"),
                Case.at("empty word between commas", "glossary.txt", "cfu, , ects\n", "cfu", "cannot read 'cfu, , ects'"),
                Case.at("arrow without a target", "glossary.txt", "ok, fine\nmora =>\n", "mora", "mora =>"),
                Case.at("arrow without a source", "glossary.txt", "=> traineeship\n", "=>", "=> traineeship"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"documentMistakes", "faqMistakes", "glossaryMistakes"})
    void eachMistakeIsReportedWithItsFileAndLine(Case mistake) {
        KnowledgeFolder folder = KnowledgeFolder.valid(dir).file(mistake.file(), mistake.text());

        List<Problem> problems = folder.problems();

        Path file = folder.path(mistake.file());
        boolean found = problems.stream().anyMatch(p -> p.file().equals(file) && p.line() == mistake.line()
                && p.message().contains(mistake.fragment()));
        if (!found) {
            fail("expected " + file + ":" + mistake.line() + " '" + mistake.fragment() + "', got " + problems);
        }
        List<Problem> elsewhere = problems.stream().filter(p -> !p.file().equals(file)).toList();
        assertEquals(List.of(), elsewhere, "the valid files around the mistake must stay free of problems");
    }

    @Test
    void theValidBaseFolderHasNoProblems() {
        assertEquals(List.of(), KnowledgeFolder.valid(dir).problems());
    }

    @Nested
    class WholeFolder {

        @Test
        void aFileThatIsNotUtf8IsReportedAsSuch() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir)
                    .bytes("latin1.md", "---\nid: latin\n# Universit\u00e0\n"
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

            List<Problem> problems = folder.problems();

            assertTrue(problems.contains(new Problem(folder.path("latin1.md"), 0, "is not UTF-8 text; save it as UTF-8")),
                    problems.toString());
        }

        @Test
        void aGlossaryThatIsNotUtf8IsReportedAsSuch() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir)
                    .bytes("glossary.txt", "citt\u00e0, city\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

            assertTrue(folder.problems().contains(new Problem(folder.path("glossary.txt"), 0,
                    "is not UTF-8 text; save it as UTF-8")), folder.problems().toString());
        }

        @Test
        void aMissingFolderIsReported() {
            Path missing = dir.resolve("nope");

            assertEquals(List.of(new Problem(missing, 0, "is not a folder")), KnowledgeLoader.validate(missing));
        }

        @Test
        void aFolderWithoutDocumentsIsReported() {
            KnowledgeFolder folder = new KnowledgeFolder(dir).file("README.md", "# only the guide\n");

            assertEquals(List.of(new Problem(dir, 0, "has no regulation documents (*.md files)")), folder.problems());
        }

        @Test
        void everyProblemOfEveryFileIsReportedAtOnce() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir)
                    .file("bad.md", "---\nid: Bad\ntitle: T\nsource: S\nacademic-year: 2022/24\ncolour: red\n---\n"
                            + "Stray.\n# 1 One\n\n## 1 Again\n")
                    .file("faq/bad.md", "## Q1?\nsection: rules 99\nanswer: A.\n\n## Q2?\n- no section\n\n## Q3?\nsection: x\n")
                    .file("glossary.txt", "cfu, ects\nlonely\na => b => c\n");

            List<Problem> problems = folder.problems();

            Path bad = folder.path("bad.md");
            Path faq = folder.path("faq/bad.md");
            Path glossary = folder.path("glossary.txt");
            List<String> expected = List.of(
                    bad + ":2: header id 'Bad'",
                    bad + ":5: header academic-year '2022/24'",
                    bad + ":6: unknown header line 'colour: red'",
                    bad + ":8: text before the first section heading",
                    bad + ":9: '# ' is reserved",
                    bad + ":11: section id '1' is already used at line 9",
                    faq + ":2: points at section 'rules 99'",
                    faq + ":5: entry has no 'section: DOCUMENT SECTION' line",
                    faq + ":9: 'section:' needs a document id and a section id",
                    glossary + ":2: a glossary line lists at least two words",
                    glossary + ":3: cannot read 'a => b => c'");
            for (String start : expected) {
                assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith(start)),
                        "missing '" + start + "' in\n" + String.join("\n", problems.stream().map(Problem::toString).toList()));
            }
            assertEquals(expected.size(), problems.size(), String.join("\n", problems.stream().map(Problem::toString).toList()));
        }

        @Test
        void loadingThrowsOneExceptionListingEveryProblem() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir)
                    .file("faq/bad.md", "## Q1?\nsection: rules 99\n\n## Q2?\n")
                    .file("glossary.txt", "lonely\n");
            List<Problem> problems = folder.problems();

            KnowledgeException e = assertThrows(KnowledgeException.class, folder::load);

            assertEquals(problems, e.problems());
            assertEquals(3, problems.size(), problems.toString());
            assertTrue(e.getMessage().startsWith("3 problems in knowledge, first: "), e.getMessage());
            problems.forEach(p -> assertTrue(e.getMessage().contains(p.toString()), e.getMessage()));
        }

        @Test
        void aSingleProblemIsTheWholeMessage() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("glossary.txt", "lonely\n");

            KnowledgeException e = assertThrows(KnowledgeException.class, folder::load);

            assertEquals(folder.path("glossary.txt") + ":1: a glossary line lists at least two words separated by ',' "
                    + "(or 'a => b'), got 'lonely'", e.getMessage());
        }
    }

    @Nested
    class ErrorsWhereTheyAre {

        @Test
        void aNoteLeftOpenIsTheOnlyProblemAndHidesNoSection() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("rules.md", document("rules", """
                    ## 1 Admission

                    Candidates apply online. <!-- to check with the office

                    ### 1.1 Requirements

                    A Laurea is required.
                    """));

            assertEquals(List.of(new Problem(folder.path("rules.md"), 10,
                    "a note opened with <!-- is never closed with -->; add --> where the note ends")), folder.problems());
        }

        @Test
        void aHeadingWithoutItsSpaceIsStillReadAsItsSectionSoTheFaqOnItIsNotBlamed() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("rules.md", document("rules", """
                    ## 1 Admission

                    Candidates apply online.

                    ###1.1 Requirements

                    A Laurea is required.
                    """)).file("faq/more.md", "## Is a Laurea needed?\nsection: rules 1.1\nanswer: A Laurea is required.\n");

            List<Problem> problems = folder.problems();

            assertEquals(1, problems.size(), problems.toString());
            assertEquals(12, problems.get(0).line());
        }

        @Test
        void aHeadingThatLostItsNumberIsReportedBeforeTheFaqEntriesThatNowPointNowhere() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("rules.md", document("rules", """
                    ## 1 Admission

                    Candidates apply online.

                    ### Requirements

                    A Laurea is required.
                    """)).file("faq/more.md", "## Is a Laurea needed?\nsection: rules 1.1\nanswer: A Laurea is required.\n");

            List<Problem> problems = folder.problems();

            assertEquals(List.of(folder.path("rules.md"), folder.path("faq/more.md")),
                    problems.stream().map(Problem::file).toList(), problems.toString());
            assertTrue(problems.get(0).message().contains("'Requirements' has no section number"), problems.toString());
        }

        @Test
        void entriesPointingAtTheSameMissingSectionAreOneProblemAtTheFirstSectionLine() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("faq/x.md", """
                    ## Q1?
                    section: rules 7
                    answer: A.

                    ## Q2?
                    section: rules 7
                    answer: B.
                    """);

            assertEquals(List.of(new Problem(folder.path("faq/x.md"), 2, "points at section 'rules 7', which does not "
                    + "exist in rules.md; so does one more entry of this file (line 6)")), folder.problems());
        }

        @Test
        void aDeletedDocumentIsNamedOnceWithWhoCitesIt() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir)
                    .file("mobility.md", document("mobility", "## Erasmus {#erasmus}\n\nStudents may go abroad.\n"))
                    .file("faq/mobility.md", """
                            ## Can I go abroad?
                            section: mobility erasmus
                            answer: Students may go abroad.

                            ## Is there Erasmus?
                            section: mobility erasmus
                            answer: Students may go abroad.
                            """);
            assertEquals(List.of(), folder.problems());
            folder.delete("mobility.md");

            List<Problem> problems = folder.problems();

            assertEquals(2, problems.size(), problems.toString());
            assertEquals(new Problem(folder.path("mobility.md"), 0, "is missing: no file in knowledge/ has 'id: "
                    + "mobility' in its header, and 2 FAQ entries (in faq/mobility.md) cite it; put the file back (or, "
                    + "if it was renamed, check the id in its header)"), problems.get(0));
            assertEquals(folder.path("faq/mobility.md"), problems.get(1).file());
            assertEquals(2, problems.get(1).line());
            assertTrue(problems.get(1).message().contains("(see mobility.md above)"), problems.get(1).message());
        }
    }

    @Nested
    class Warnings {

        @Test
        void theValidBaseFolderHasNoWarnings() {
            assertEquals(List.of(), KnowledgeFolder.valid(dir).warnings());
        }

        @Test
        void markupStudentsWouldReadAsItIsIsWarnedAtItsLineOncePerTable() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("rules.md", document("rules", """
                    ## 1 Admission

                    Candidates apply online.
                    Apply **early**.

                    | Deadline | Date |
                    |---|---|
                    | First | March |

                    See [the site](https://www.polimi.it).
                    Ask <b>the office</b>.
                    """));

            Path rules = folder.path("rules.md");
            List<Problem> warnings = folder.warnings().stream().filter(w -> w.file().equals(rules)).toList();

            assertEquals(List.of(), folder.problems(), "markup is served: a warning, not an error");
            assertEquals(List.of(11, 13, 17, 18), warnings.stream().map(Problem::line).toList(), warnings.toString());
            assertTrue(warnings.get(0).message().contains("'**early**'"), warnings.get(0).message());
            assertTrue(warnings.get(1).message().startsWith("a table"), warnings.get(1).message());
            assertTrue(warnings.get(2).message().contains("Markdown link"), warnings.get(2).message());
            assertTrue(warnings.get(3).message().contains("'<b>' is an HTML tag"), warnings.get(3).message());
        }

        @Test
        void aGlossaryTargetFoundNowhereIsWarnedNamingTheWord() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("glossary.txt",
                    "# notes\nrequisiti => requirements\npracticum => traineship\nfoo, bar\nlaurea, degree\n");

            List<Problem> warnings = folder.warnings();

            Path glossary = folder.path("glossary.txt");
            assertEquals(List.of(glossary + ":3: 'traineship' (after '=>') occurs nowhere in the regulations or the "
                    + "FAQ, so this rule finds nothing through it; check its spelling"),
                    warnings.stream().map(Problem::toString).toList(), "equivalents ('foo, bar') are not warned about");
        }

        @Test
        void theSameGlossaryRuleTwiceIsWarnedAtTheSecond() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("glossary.txt",
                    "laurea, degree\nrequisiti => requirements\nDegree,  laurea\n");

            assertEquals(List.of(new Problem(folder.path("glossary.txt"), 3,
                    "the same rule is already at line 1; delete one of the two")), folder.warnings());
        }

        @Test
        void aPhrasingQuotingAFigureItsSectionDoesNotHaveIsWarnedAtItsLine() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir)
                    .file("rules.md", document("rules", """
                            ## 7 Workshops

                            Students can request recognition of a maximum of 10 ECTS.
                            """))
                    .file("faq/general.md", """
                            ## How many workshop credits?
                            section: rules 7
                            answer: Students can request recognition of a maximum of 10 ECTS.
                            - are 10 ECTS recognised
                            - are 8 ECTS recognised for workshops
                            - B2 level, L-17 class, section 7
                            - 10,0 crediti massimo
                            """);

            assertEquals(List.of(new Problem(folder.path("faq/general.md"), 5, "the figure '8' is not in section "
                    + "'rules 7'; if the rule changed, update this phrasing; if it is a student's own figure, write "
                    + "it in words")), folder.warnings().stream()
                    .filter(w -> w.file().equals(folder.path("faq/general.md"))).toList());
        }

        @Test
        void anEmptyFaqFileAndAMissingOrEmptyGlossaryAreNamedAsSuch() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("faq/empty.md", "<!-- nothing yet -->\n");
            assertEquals(List.of(new Problem(folder.path("faq/empty.md"), 0, "is empty: it has no FAQ entries "
                    + "('## question' lines); delete the file if that is meant")), folder.warnings());

            folder.file("glossary.txt", "# all rules deleted\n");
            assertTrue(folder.warnings().stream().anyMatch(w -> w.file().equals(folder.path("glossary.txt"))
                    && w.message().startsWith("is empty: it has no rules")), folder.warnings().toString());

            folder.delete("glossary.txt");
            assertTrue(folder.warnings().stream().anyMatch(w -> w.file().equals(folder.path("glossary.txt"))
                    && w.message().startsWith("is missing")), folder.warnings().toString());
            assertEquals(List.of(), folder.problems(), "the advisor still works without them");
        }

        @Test
        void loadingKeepsTheWarnings() {
            KnowledgeFolder folder = KnowledgeFolder.valid(dir).file("glossary.txt", "practicum => traineship\n");

            assertEquals(folder.warnings(), folder.load().warnings());
        }
    }
}
