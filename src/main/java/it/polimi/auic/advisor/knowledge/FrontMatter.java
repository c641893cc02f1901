package it.polimi.auic.advisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small header between two {@code ---} lines at the top of a document: {@code key: value} lines,
 * every required key present once, nothing else.
 */
final class FrontMatter {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String ACADEMIC_YEAR = "academic-year";
    private static final Set<String> KEYS = Set.of(ID, TITLE, SOURCE, ACADEMIC_YEAR);
    private static final String FENCE = "---";

    private final Map<String, String> values;
    private final int endLine;

    private FrontMatter(Map<String, String> values, int endLine) {
        this.values = values;
        this.endLine = endLine;
    }

    /** Parses the header; returns {@code null} (with problems added) when there is no usable header. */
    static FrontMatter parse(SourceLines source, List<Problem> problems) {
        int first = firstNonBlank(source);
        if (first == 0 || !source.line(first).strip().equals(FENCE)) {
            problems.add(new Problem(source.file(), Math.max(first, 1),
                    "must start with a header between two '---' lines (id, title, source, academic-year)"));
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int n = first + 1; n <= source.size(); n++) {
            String line = source.line(n).strip();
            if (line.equals(FENCE)) {
                checkRequired(source, first, values, problems);
                return new FrontMatter(values, n);
            }
            if (!line.isEmpty()) {
                readEntry(source, n, line, values, problems);
            }
        }
        problems.add(new Problem(source.file(), first, "the header opened with '---' is never closed with '---'"));
        return null;
    }

    private static void readEntry(SourceLines source, int n, String line, Map<String, String> values,
                                  List<Problem> problems) {
        int colon = line.indexOf(':');
        String key = colon < 0 ? line : line.substring(0, colon).strip();
        String value = colon < 0 ? "" : line.substring(colon + 1).strip();
        if (colon < 0 || !KEYS.contains(key)) {
            problems.add(new Problem(source.file(), n, "unknown header line '" + line
                    + "'; the header takes only id, title, source, academic-year"));
        } else if (values.containsKey(key)) {
            problems.add(new Problem(source.file(), n, "header key '" + key + "' is given twice"));
        } else if (value.isEmpty()) {
            problems.add(new Problem(source.file(), n, "header key '" + key + "' has no value"));
        } else {
            values.put(key, value);
            checkValue(source, n, key, value, problems);
        }
    }

    /** Checks a value's form where it is written, so the problem points at its line. */
    private static void checkValue(SourceLines source, int n, String key, String value, List<Problem> problems) {
        if (key.equals(ID) && !value.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(new Problem(source.file(), n, "header id '" + value
                    + "' must be lowercase letters, digits and dashes"));
        }
        if (key.equals(ACADEMIC_YEAR) && !AcademicYears.isValid(value)) {
            problems.add(new Problem(source.file(), n, "header academic-year '" + value
                    + "' must look like 2022/23"));
        }
    }

    private static void checkRequired(SourceLines source, int first, Map<String, String> values,
                                      List<Problem> problems) {
        for (String key : List.of(ID, TITLE, SOURCE, ACADEMIC_YEAR)) {
            if (!values.containsKey(key)) {
                problems.add(new Problem(source.file(), first, "header is missing '" + key + ":'"));
            }
        }
    }

    private static int firstNonBlank(SourceLines source) {
        for (int n = 1; n <= source.size(); n++) {
            if (!source.line(n).isBlank()) {
                return n;
            }
        }
        return 0;
    }

    String get(String key) {
        return values.getOrDefault(key, "");
    }

    /** The line of the closing fence; the body starts after it. */
    int endLine() {
        return endLine;
    }
}
