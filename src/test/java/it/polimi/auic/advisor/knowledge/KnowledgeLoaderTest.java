package it.polimi.auic.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a valid knowledge/ folder: what each document, section, FAQ entry and glossary rule becomes. */
class KnowledgeLoaderTest {

    @TempDir
    Path dir;

    private static final String PROGRAMME = KnowledgeFolder.document("programme", """
            <!-- Staff: this note is
                 never shown to students. -->

            ## 5 Study Plan

            Students submit the plan online.

            ### 5.4 Attendance

            Teachings are listed as acquired attendance.   \s
            The final test is entered once <!-- inline note --> only.



            Indented lists stay as written:
              1. Short mobility
              2. Double Degree

            #### 5.4.1 Studios

            Attendance of at least 70% of the Studio hours is compulsory.

            ### 5.5 Courses as Extra

            Extras do not count.

            ## 7. Workshops

            A maximum of 8 ECTS.

            ## 9 Examinations

            <!-- numbered 9.1 in the table of contents -->

            ### 9.1 Procedures

            Three exam sessions.
            """);

    private static final String MOBILITY = KnowledgeFolder.document("mobility", """
            ## Erasmus + {#erasmus-plus}

            Erasmus + is the programme.

            ## Information for Outgoing Students

            Study abroad.

            ### How it works {#how-it-works}

            At least 30 credits abroad.
            """);

    private KnowledgeBase loadValidFolder() {
        return new KnowledgeFolder(dir)
                .file("programme.md", PROGRAMME)
                .file("mobility.md", MOBILITY)
                .file("README.md", "# Guide for staff\n\nThis file has no header and is not a document.\n")
                .file("faq/README.md", "Notes on writing FAQ entries, not an entry.\n")
                .file("faq/study.md", """
                        <!-- FAQ on the study plan -->

                        ## Does studio attendance expire?
                        section: programme 5.4.1
                        answer: Attendance of at least 70% of the Studio hours is compulsory.
                        - attendance still valid next year
                        - la frequenza del laboratorio scade?

                        ## How many workshop credits?
                        SECTION: programme 7
                        Answer:   A maximum of 8 ECTS.
                        """)
                .file("faq/abroad.md", """
                        ## What is Erasmus?
                        section:   mobility   erasmus-plus
                        answer: Erasmus + is
                        answer: the programme.
                        """)
                .file("glossary.txt", """
                        # Notes start with a hash.

                        cfu, ects, credits
                        tirocinio => traineeship
                        """)
                .load();
    }

    private static Section section(KnowledgeBase knowledge, String document, String id) {
        Optional<Section> section = knowledge.section(new SectionRef(document, id));
        assertTrue(section.isPresent(), document + " " + id + " missing; sections: "
                + knowledge.sections().map(Section::ref).toList());
        return section.get();
    }

    @Nested
    class Documents {

        @Test
        void everyMarkdownFileButTheStaffGuidesIsADocumentInFileNameOrder() {
            KnowledgeBase knowledge = loadValidFolder();

            assertEquals(List.of("mobility", "programme"), knowledge.documents().stream().map(Document::id).toList());
        }

        @Test
        void theHeaderGivesIdTitleSourceAndAcademicYear() {
            Document programme = loadValidFolder().document("programme").orElseThrow();

            assertEquals("Test Rules programme", programme.title());
            assertEquals("written for the tests", programme.source());
            assertEquals("2022/23", programme.academicYear());
            assertEquals(dir.resolve("programme.md"), programme.file());
        }

        @Test
        void sectionsComeInFileOrderWithTheirOwnNumbers() {
            Document programme = loadValidFolder().document("programme").orElseThrow();

            assertEquals(List.of("5", "5.4", "5.4.1", "5.5", "7", "9", "9.1"),
                    programme.sections().stream().map(Section::id).toList());
        }

        @Test
        void academicYearsAreListedOnce() {
            assertEquals("2022/23", loadValidFolder().academicYears());
        }
    }

    @Nested
    class Sections {

        @Test
        void aNumberedHeadingGivesIdTitleLevelAndParents() {
            Section studios = section(loadValidFolder(), "programme", "5.4.1");

            assertEquals("Studios", studios.title());
            assertEquals(4, studios.level());
            assertEquals(List.of("5", "5.4"), studios.parentIds());
            assertEquals("5.4.1 Studios", studios.label());
            assertEquals(new SectionRef("programme", "5.4.1"), studios.ref());
        }

        @Test
        void aSiblingClosesTheSubsectionsBeforeIt() {
            KnowledgeBase knowledge = loadValidFolder();

            assertEquals(List.of("5"), section(knowledge, "programme", "5.5").parentIds());
            assertEquals(List.of(), section(knowledge, "programme", "7").parentIds());
            assertEquals(List.of("9"), section(knowledge, "programme", "9.1").parentIds());
        }

        @Test
        void aNumberWithATrailingDotIsStillTheSectionNumber() {
            Section workshops = section(loadValidFolder(), "programme", "7");

            assertEquals("Workshops", workshops.title());
            assertEquals(2, workshops.level());
        }

        @Test
        void anUnnumberedHeadingTakesTheIdWrittenInBraces() {
            KnowledgeBase knowledge = loadValidFolder();
            Section erasmus = section(knowledge, "mobility", "erasmus-plus");

            assertEquals("Erasmus +", erasmus.title());
            assertEquals("Erasmus +", erasmus.label());
            assertEquals("Erasmus + is the programme.", erasmus.body());
            Section howItWorks = section(knowledge, "mobility", "how-it-works");
            assertEquals(3, howItWorks.level());
            assertEquals(List.of("information-for-outgoing-students"), howItWorks.parentIds());
        }

        @Test
        void anUnnumberedHeadingWithoutBracesGetsASlugOfItsTitle() {
            Section outgoing = section(loadValidFolder(), "mobility", "information-for-outgoing-students");

            assertEquals("Information for Outgoing Students", outgoing.title());
        }

        @Test
        void theBodyIsTheTextUnderTheHeadingVerbatimWithoutNotes() {
            Section attendance = section(loadValidFolder(), "programme", "5.4");

            assertEquals("""
                    Teachings are listed as acquired attendance.
                    The final test is entered once  only.

                    Indented lists stay as written:
                      1. Short mobility
                      2. Double Degree""", attendance.body());
        }

        @Test
        void theBodyStopsAtTheNextHeadingOfAnyLevel() {
            KnowledgeBase knowledge = loadValidFolder();

            assertEquals("Students submit the plan online.", section(knowledge, "programme", "5").body());
            assertEquals("Attendance of at least 70% of the Studio hours is compulsory.",
                    section(knowledge, "programme", "5.4.1").body());
        }

        @Test
        void aHeadingWithOnlyANoteUnderItHasNoText() {
            Section examinations = section(loadValidFolder(), "programme", "9");

            assertEquals("", examinations.body());
            assertFalse(examinations.hasText());
        }

        @Test
        void aSectionRemembersTheLineOfItsHeading() {
            // The header takes lines 1-6, a blank line 7; the staff note lines 8-9, blank 10.
            assertEquals(11, section(loadValidFolder(), "programme", "5").line());
        }
    }

    @Nested
    class FaqAndGlossary {

        @Test
        void faqEntriesKeepQuestionPhrasingsTargetFileAndLine() {
            KnowledgeBase knowledge = loadValidFolder();

            FaqEntry expire = knowledge.faq().stream()
                    .filter(e -> e.question().equals("Does studio attendance expire?")).findFirst().orElseThrow();
            assertEquals(List.of("attendance still valid next year", "la frequenza del laboratorio scade?"),
                    expire.phrasings().stream().map(FaqEntry.Phrasing::text).toList());
            assertEquals(new SectionRef("programme", "5.4.1"), expire.target());
            assertEquals(dir.resolve("faq/study.md"), expire.file());
            assertEquals(3, expire.line());
            assertEquals(List.of("Does studio attendance expire?", "attendance still valid next year",
                    "la frequenza del laboratorio scade?"), expire.allPhrasings());
        }

        @Test
        void everyFaqFileButTheGuideIsReadAndSectionLinesIgnoreCaseAndSpacing() {
            KnowledgeBase knowledge = loadValidFolder();

            assertEquals(List.of("What is Erasmus?", "Does studio attendance expire?", "How many workshop credits?"),
                    knowledge.faq().stream().map(FaqEntry::question).toList());
            assertEquals(new SectionRef("mobility", "erasmus-plus"), knowledge.faq().get(0).target());
            assertEquals(new SectionRef("programme", "7"), knowledge.faq().get(2).target());
            assertEquals(List.of(), knowledge.faq().get(2).phrasings());
        }

        @Test
        void answersAreKeptInFileOrderWithTheirLinesAndMayCrossTheSectionsLineBreaks() {
            KnowledgeBase knowledge = loadValidFolder();

            FaqEntry erasmus = knowledge.faq().get(0);
            assertEquals(List.of(new FaqEntry.Answer("Erasmus + is", 3), new FaqEntry.Answer("the programme.", 4)),
                    erasmus.answers());
            assertEquals(2, erasmus.sectionLine());
            assertEquals(List.of(new FaqEntry.Answer("A maximum of 8 ECTS.", 11)), knowledge.faq().get(2).answers());
        }

        @Test
        void glossaryRulesKeepTheirLinesAndSkipNotes() {
            Glossary glossary = loadValidFolder().glossary();

            assertEquals(List.of(new Glossary.Rule(3, "cfu, ects, credits"), new Glossary.Rule(4, "tirocinio => traineeship")),
                    glossary.rules());
            assertEquals(dir.resolve("glossary.txt"), glossary.file());
        }

        @Test
        void aFolderWithoutFaqOrGlossaryIsFine() {
            KnowledgeBase knowledge = new KnowledgeFolder(dir).file("programme.md", PROGRAMME).load();

            assertEquals(List.of(), knowledge.faq());
            assertEquals(List.of(), knowledge.glossary().rules());
        }
    }

    @Nested
    class FileFormats {

        @Test
        void windowsLineEndingsAndAByteOrderMarkAreRead() {
            String crlf = "\uFEFF" + KnowledgeFolder.document("win", "## 1 Title\n\nFirst line.\nSecond line.\n")
                    .replace("\n", "\r\n");
            KnowledgeBase knowledge = new KnowledgeFolder(dir).file("win.md", crlf).load();

            Section section = section(knowledge, "win", "1");
            assertEquals("First line.\nSecond line.", section.body());
            assertEquals(8, section.line());
        }

        @Test
        void nonAsciiTextIsReadAsUtf8() {
            KnowledgeBase knowledge = new KnowledgeFolder(dir)
                    .file("utf.md", KnowledgeFolder.document("utf",
                            "## 1 Università\n\nTechnische Universität Berlin – “ETSAM”.\n"))
                    .load();

            Section section = section(knowledge, "utf", "1");
            assertEquals("Università", section.title());
            assertEquals("Technische Universität Berlin – “ETSAM”.", section.body());
        }
    }
}
