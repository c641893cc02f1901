package it.polimi.auic.advisor.config;

import it.polimi.auic.advisor.config.SourceValue.Position;
import java.util.Arrays;

/**
 * Line and column of each character of a text. A line ends at "\n", at "\r\n" (files saved on Windows) or at a
 * lone "\r", as Jackson and editors count them; a tab is one column.
 */
final class TextPositions {

    private final int[] lineStarts;

    private TextPositions(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static TextPositions of(String text) {
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnds = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnds) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        return new TextPositions(Arrays.copyOf(starts, lines));
    }

    Position at(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }
}
