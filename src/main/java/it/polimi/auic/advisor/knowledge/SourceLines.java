package it.polimi.auic.advisor.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one staff-edited file, strictly UTF-8, with {@code <!-- notes -->} blanked out so that
 * parsers never see them while line numbers stay those of the file.
 */
final class SourceLines {

    private static final String COMMENT_START = "<!--";
    private static final String COMMENT_END = "-->";

    private final Path file;
    private final List<String> lines;

    private SourceLines(Path file, List<String> lines) {
        this.file = file;
        this.lines = List.copyOf(lines);
    }

    /** Reads the file; problems (unreadable, not UTF-8, unclosed note) go to {@code problems}. */
    static SourceLines read(Path file, List<Problem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file, 0, "is not UTF-8 text; save it as UTF-8"));
            return new SourceLines(file, List.of());
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "cannot be read: " + e.getMessage()));
            return new SourceLines(file, List.of());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> raw = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        return new SourceLines(file, stripComments(file, raw, problems));
    }

    /**
     * Blanks every note. A note left open would silently swallow the sections after it, up to the end of
     * the file or to the end of the next note (notes do not nest): it is reported at the line that opens it,
     * and the lines after that line are kept, so what follows is checked as written and no mistake is
     * reported far from where it is.
     */
    private static List<String> stripComments(Path file, List<String> raw, List<Problem> problems) {
        List<String> out = new ArrayList<>(raw.size());
        int openedAt = 0;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            StringBuilder kept = new StringBuilder();
            int pos = 0;
            while (pos < line.length()) {
                if (openedAt > 0) {
                    int end = line.indexOf(COMMENT_END, pos);
                    int reopen = line.indexOf(COMMENT_START, pos);
                    if (reopen >= 0 && (end < 0 || reopen < end)) {
                        unclosed(file, raw, out, openedAt, i, problems);
                        openedAt = i + 1;
                        kept.setLength(0);
                        kept.append(line, 0, reopen);
                        pos = reopen + COMMENT_START.length();
                    } else if (end < 0) {
                        pos = line.length();
                    } else {
                        openedAt = 0;
                        pos = end + COMMENT_END.length();
                    }
                } else {
                    int start = line.indexOf(COMMENT_START, pos);
                    if (start < 0) {
                        kept.append(line, pos, line.length());
                        pos = line.length();
                    } else {
                        kept.append(line, pos, start);
                        openedAt = i + 1;
                        pos = start + COMMENT_START.length();
                    }
                }
            }
            out.add(kept.toString().isBlank() && kept.length() < line.length() ? "" : kept.toString());
        }
        if (openedAt > 0) {
            unclosed(file, raw, out, openedAt, raw.size(), problems);
        }
        return out;
    }

    /** Reports the note opened at line {@code openedAt} as never closed and gives back the lines it hid. */
    private static void unclosed(Path file, List<String> raw, List<String> out, int openedAt, int upTo,
                                 List<Problem> problems) {
        problems.add(new Problem(file, openedAt, "a note opened with <!-- is never closed with -->; add --> "
                + "where the note ends"));
        for (int j = openedAt; j < upTo; j++) {
            out.set(j, raw.get(j));
        }
    }

    Path file() {
        return file;
    }

    int size() {
        return lines.size();
    }

    /** The line with 1-based number {@code number}. */
    String line(int number) {
        return lines.get(number - 1);
    }
}
