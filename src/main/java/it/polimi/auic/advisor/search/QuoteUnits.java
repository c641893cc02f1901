package it.polimi.auic.advisor.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts regulation text into the units a quote can be made of ({@link QuoteUnit}): each sentence of ordinary
 * lines; each list item, with the line that introduces its list ("… provided that they:"), so that a quote
 * answering with one item still reads as a rule; each list of a few items as a whole, for questions whose
 * answer is the list ("which documents …"); and each sentence under a short label line ("Suggested
 * priority" followed by what it means), with its label. A line that only introduces (a list's colon line, a
 * label) is never a unit on its own: quoted alone it would answer nothing.
 */
final class QuoteUnits {

    /** A list longer than this is never quoted whole: its items are. */
    static final int MAX_WHOLE_LIST_CHARS = 600;
    /** A line without final punctuation shorter than this is a label: it introduces what follows it. */
    private static final int MAX_LABEL_CHARS = 100;
    /** Lines without a list marker after a colon line are taken as its items, up to this many. */
    private static final int MAX_UNMARKED_ITEMS = 8;
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•*]|\\d+[.)])\\s+\\S.*");

    private QuoteUnits() {
    }

    /** One non-blank line: its offsets without the line break, and its text stripped. */
    private record Line(int start, int end, String text) {

        boolean item() {
            return LIST_ITEM.matcher(text).matches();
        }

        boolean colon() {
            return text.endsWith(":");
        }

        boolean label() {
            return !item() && text.length() <= MAX_LABEL_CHARS && !text.endsWith(".") && !text.endsWith(";")
                    && !text.endsWith("!") && !text.endsWith("?") && !text.endsWith(":");
        }
    }

    static List<QuoteUnit> of(String text) {
        List<QuoteUnit> units = new ArrayList<>();
        List<Line> lines = lines(text);
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (line.item()) {
                i = addList(text, lines, i, null, units);
            } else if (line.colon() && next != null) {
                int[] intro = lastSentence(text, line, units);
                i = addList(text, lines, i + 1, intro, units);
            } else if (line.label() && next != null && next.item()) {
                i = addList(text, lines, i + 1, new int[] {line.start(), line.end()}, units);
            } else if (line.label() && next != null && !next.label() && !next.colon()) {
                for (QuoteUnit sentence : sentences(text, next.start(), next.end())) {
                    units.add(QuoteUnit.item(sentence.start(), sentence.end(), line.start(), line.end()));
                }
                i += 2;
            } else {
                units.addAll(sentences(text, line.start(), line.end()));
                i++;
            }
        }
        return List.copyOf(units);
    }

    /** The sentence and item units alone: what the index holds one document for. */
    static List<QuoteUnit> searchable(String text) {
        return of(text).stream().filter(u -> u.kind() != QuoteUnit.Kind.LIST).toList();
    }

    /**
     * The items from line {@code first} on: marked lines ("- ", "1."), or, after a colon line, the lines up to
     * a blank one, another colon line or the first full sentence after the first item. Returns the next line.
     */
    private static int addList(String text, List<Line> lines, int first, int[] intro, List<QuoteUnit> units) {
        int end = first;
        if (lines.get(first).item()) {
            while (end < lines.size() && lines.get(end).item()) {
                end++;
            }
        } else {
            while (end < lines.size() && end - first < MAX_UNMARKED_ITEMS && !lines.get(end).colon()
                    && (end == first || lines.get(end).label()) && !lines.get(end).item()) {
                end++;
            }
        }
        for (int k = first; k < end; k++) {
            Line item = lines.get(k);
            units.add(intro == null ? QuoteUnit.item(item.start(), item.end(), -1, -1)
                    : QuoteUnit.item(item.start(), item.end(), intro[0], intro[1]));
        }
        int listStart = intro == null ? lines.get(first).start() : intro[0];
        int listEnd = lines.get(end - 1).end();
        if (end - first >= 2 && listEnd - listStart <= MAX_WHOLE_LIST_CHARS) {
            units.add(intro == null ? QuoteUnit.list(lines.get(first).start(), listEnd, -1, -1)
                    : QuoteUnit.list(lines.get(first).start(), listEnd, intro[0], intro[1]));
        }
        return end;
    }

    /** Adds the sentences of a colon line but its last, and returns the last one's offsets: the introduction. */
    private static int[] lastSentence(String text, Line line, List<QuoteUnit> units) {
        List<QuoteUnit> sentences = sentences(text, line.start(), line.end());
        units.addAll(sentences.subList(0, sentences.size() - 1));
        QuoteUnit last = sentences.get(sentences.size() - 1);
        return new int[] {last.start(), last.end()};
    }

    /** The non-blank lines, as offsets without the line break. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String content = text.substring(start, end).strip();
            if (!content.isEmpty()) {
                int s = start;
                int e = end;
                while (Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                lines.add(new Line(s, e, content));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    private static List<QuoteUnit> sentences(String text, int start, int end) {
        List<QuoteUnit> units = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text.substring(start, end));
        int from = sentences.first();
        for (int to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
            int s = start + from;
            int e = start + to;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                units.add(QuoteUnit.sentence(s, e));
            }
        }
        if (units.isEmpty()) {
            units.add(QuoteUnit.sentence(start, end));
        }
        return units;
    }
}
