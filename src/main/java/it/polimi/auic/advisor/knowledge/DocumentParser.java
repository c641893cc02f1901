package it.polimi.auic.advisor.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one regulation document: the front matter, then one section per heading ({@code ## 5 Study Plan},
 * {@code #### 5.4.1 Studios}, {@code ## Erasmus + {#erasmus-plus}}), each with the text under it.
 */
final class DocumentParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");
    /** "###7.2 Workshops": a heading whose space after the '#'s was lost, which Markdown reads as text. */
    private static final Pattern HEADING_WITHOUT_SPACE = Pattern.compile("^(#{1,6})([^#\\s].*?)\\s*$");
    private static final Pattern EXPLICIT_ID = Pattern.compile("^(.*?)\\s*\\{#([a-z0-9][a-z0-9-]*)}$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.+)$");

    private DocumentParser() {
    }

    /**
     * Parses the file; returns {@code null} when it has no usable header (problems say why). Markup students
     * would read as it is goes to {@code warnings}.
     */
    static Document parse(SourceLines source, List<Problem> problems, List<Problem> warnings) {
        FrontMatter header = FrontMatter.parse(source, problems);
        if (header == null) {
            return null;
        }
        String documentId = header.get(FrontMatter.ID);
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Deque<Section> open = new ArrayDeque<>();
        SectionDraft draft = null;
        boolean numbered = hasNumberedHeadings(source, header.endLine() + 1);
        for (int n = header.endLine() + 1; n <= source.size(); n++) {
            String line = source.line(n);
            Matcher heading = HEADING.matcher(line);
            Matcher unspaced = HEADING_WITHOUT_SPACE.matcher(line);
            if (!heading.matches() && unspaced.matches()) {
                problems.add(new Problem(source.file(), n, "a heading needs a space after its '#' signs: write '"
                        + unspaced.group(1) + " " + unspaced.group(2) + "'"));
                heading = unspaced;
            }
            if (heading.matches()) {
                if (draft != null) {
                    sections.add(draft.finish());
                    open.push(sections.get(sections.size() - 1));
                }
                draft = startSection(source, n, documentId, heading, numbered, open, seen, problems);
            } else if (draft != null) {
                draft.add(line);
            } else if (!line.isBlank()) {
                problems.add(new Problem(source.file(), n, "text before the first section heading; "
                        + "start a section with a line like '## 1 Title'"));
            }
        }
        if (draft != null) {
            sections.add(draft.finish());
        }
        if (sections.isEmpty()) {
            problems.add(new Problem(source.file(), header.endLine(), "has no sections ('## 1 Title' lines)"));
        }
        UnshownMarkup.check(source, header.endLine() + 1, source.size(), warnings);
        return new Document(documentId, header.get(FrontMatter.TITLE), header.get(FrontMatter.SOURCE),
                header.get(FrontMatter.ACADEMIC_YEAR), source.file(), sections);
    }

    /** Whether any heading after {@code from} carries a section number: then every one must. */
    private static boolean hasNumberedHeadings(SourceLines source, int from) {
        for (int n = from; n <= source.size(); n++) {
            Matcher heading = HEADING.matcher(source.line(n));
            if (heading.matches() && NUMBERED.matcher(heading.group(2)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static SectionDraft startSection(SourceLines source, int n, String documentId, Matcher heading,
                                             boolean numberedDocument, Deque<Section> open,
                                             Map<String, Integer> seen, List<Problem> problems) {
        int level = heading.group(1).length();
        String text = heading.group(2);
        if (level == 1) {
            problems.add(new Problem(source.file(), n, "'# ' is reserved; sections start with '## ', "
                    + "subsections with '### ' and '#### '"));
            level = 2;
        }
        String id;
        String title;
        Matcher explicit = EXPLICIT_ID.matcher(text);
        Matcher numbered = NUMBERED.matcher(text);
        if (explicit.matches()) {
            title = explicit.group(1);
            id = explicit.group(2);
        } else if (numbered.matches()) {
            id = numbered.group(1);
            title = numbered.group(2);
        } else {
            title = text;
            id = slug(text);
            if (numberedDocument && !text.isBlank()) {
                problems.add(new Problem(source.file(), n, "the heading '" + text + "' has no section number, "
                        + "while the other headings of this document have one; write its number before the title, as in '"
                        + heading.group(1) + " <number> " + text + "' (the FAQ and the calculators cite sections "
                        + "by number)"));
            }
        }
        if (title.isBlank() || id.isEmpty()) {
            problems.add(new Problem(source.file(), n, "section heading has no title"));
            id = id.isEmpty() ? "line-" + n : id;
        }
        Integer earlier = seen.putIfAbsent(id, n);
        if (earlier != null) {
            problems.add(new Problem(source.file(), n, "section id '" + id + "' is already used at line " + earlier));
        }
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
        List<String> parents = new ArrayList<>();
        open.descendingIterator().forEachRemaining(s -> parents.add(s.id()));
        if (numbered.matches() && !explicit.matches()) {
            checkNumbering(source, n, id, level, parents, problems);
        }
        return new SectionDraft(documentId, id, title.strip(), level, parents, n);
    }

    /**
     * "5.4.1" is a subsection of "5.4", itself of "5": its heading takes one '#' per number and one more, and
     * comes after the headings of 5 and 5.4. Students and calculators cite these numbers.
     */
    private static void checkNumbering(SourceLines source, int n, String id, int level, List<String> parents,
                                       List<Problem> problems) {
        String[] parts = id.split("\\.");
        int expected = parts.length + 1;
        if (level != expected) {
            problems.add(new Problem(source.file(), n, "section " + id + " has " + "#".repeat(level)
                    + "; a number with " + parts.length + (parts.length == 1 ? " part" : " parts") + " takes "
                    + "#".repeat(expected)));
            return;
        }
        List<String> numberedParents = parents.stream().filter(p -> p.matches("\\d+(\\.\\d+)*")).toList();
        List<String> wanted = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            wanted.add(String.join(".", java.util.Arrays.copyOf(parts, i)));
        }
        if (!numberedParents.equals(wanted) && !wanted.isEmpty()) {
            String under = numberedParents.isEmpty() ? "no section" : "section " + numberedParents.get(numberedParents.size() - 1);
            problems.add(new Problem(source.file(), n, "section " + id + " comes under " + under + "; its number puts it"
                    + " under section " + wanted.get(wanted.size() - 1) + ": move it there, or fix its number"));
        }
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** A section whose heading has been read and whose text is still coming. */
    private static final class SectionDraft {
        private final String documentId;
        private final String id;
        private final String title;
        private final int level;
        private final List<String> parents;
        private final int line;
        private final List<String> lines = new ArrayList<>();

        SectionDraft(String documentId, String id, String title, int level, List<String> parents, int line) {
            this.documentId = documentId;
            this.id = id;
            this.title = title;
            this.level = level;
            this.parents = parents;
            this.line = line;
        }

        void add(String text) {
            String stripped = text.stripTrailing();
            boolean blank = stripped.isBlank();
            if (blank && (lines.isEmpty() || lines.get(lines.size() - 1).isEmpty())) {
                return;
            }
            lines.add(blank ? "" : stripped);
        }

        Section finish() {
            String body = String.join("\n", lines).strip();
            return new Section(documentId, id, title, level, parents, body, line);
        }
    }
}
