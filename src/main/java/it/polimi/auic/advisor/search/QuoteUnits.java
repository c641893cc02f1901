package it.polimi.auic.advisor.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts regulation text into the units a quote can be made of: a sentence, or a line that introduces a list
 * ("Students can register to an exam only if:") together with the list, so a quote never stops at the colon.
 * Offered to Lucene's highlighter as a {@link BreakIterator} so that its scoring picks the best unit.
 */
final class QuoteUnits extends BreakIterator {

    private static final int MAX_LIST_LINES = 8;
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•*]|\\d+[.)])\\s+.*");

    private String text = "";
    private int[] bounds = {0};
    private int index;

    /** The offsets where units start, plus the text's end. */
    static int[] boundaries(String text) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        String[] lines = text.split("\n", -1);
        int offset = 0;
        int i = 0;
        while (i < lines.length) {
            int unitLines = lines[i].strip().endsWith(":") ? 1 + listLength(lines, i + 1) : 1;
            if (unitLines == 1) {
                addSentences(text, offset, offset + lines[i].length(), cuts);
            }
            for (int k = 0; k < unitLines; k++) {
                offset += lines[i + k].length() + 1;
            }
            i += unitLines;
            cuts.add(Math.min(offset, text.length()));
        }
        return cuts.stream().distinct().sorted().mapToInt(Integer::intValue).toArray();
    }

    /** How many lines after an introducing line belong to its list. */
    private static int listLength(String[] lines, int from) {
        int n = 0;
        while (from + n < lines.length && n < MAX_LIST_LINES) {
            String line = lines[from + n].strip();
            if (line.isEmpty() || line.endsWith(":")) {
                break;
            }
            boolean item = LIST_ITEM.matcher(lines[from + n]).matches();
            boolean endsSentence = line.endsWith(".") || line.endsWith("!") || line.endsWith("?");
            if (!item && endsSentence && n > 0) {
                break;
            }
            n++;
            if (!item && endsSentence) {
                break;
            }
        }
        return n;
    }

    private static void addSentences(String text, int start, int end, List<Integer> cuts) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text.substring(start, end));
        for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
            cuts.add(start + b);
        }
    }

    @Override
    public void setText(String newText) {
        text = newText;
        bounds = boundaries(newText);
        index = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        index = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        index = bounds.length - 1;
        return bounds[index];
    }

    @Override
    public int next(int n) {
        int target = index + n;
        if (target < 0 || target >= bounds.length) {
            index = target < 0 ? 0 : bounds.length - 1;
            return DONE;
        }
        index = target;
        return bounds[index];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int at = Arrays.binarySearch(bounds, offset + 1);
        int insertion = at >= 0 ? at : -at - 1;
        if (insertion >= bounds.length) {
            index = bounds.length - 1;
            return DONE;
        }
        index = insertion;
        return bounds[index];
    }

    @Override
    public int preceding(int offset) {
        int at = Arrays.binarySearch(bounds, offset);
        int insertion = at >= 0 ? at - 1 : -at - 2;
        if (insertion < 0) {
            index = 0;
            return DONE;
        }
        index = insertion;
        return bounds[index];
    }

    @Override
    public int current() {
        return bounds[index];
    }
}
