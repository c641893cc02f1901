package it.polimi.auic.advisor.config;

import it.polimi.auic.advisor.config.SourceValue.Kind;
import it.polimi.auic.advisor.config.SourceValue.ListValue;
import it.polimi.auic.advisor.config.SourceValue.Member;
import it.polimi.auic.advisor.config.SourceValue.ObjectValue;
import it.polimi.auic.advisor.config.SourceValue.Position;
import it.polimi.auic.advisor.config.SourceValue.ScalarValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads strict JSON (what Jackson accepts) into {@link SourceValue}s, or stops at the first mistake with its line
 * and what to do, in words staff understand. Ours rather than Jackson's because Jackson says where it stopped,
 * not what the writer forgot: a missing comma belongs after the previous value, often on the line before.
 */
final class JsonSyntax {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final JsonCursor in;
    /** Where the last text, number or literal began: what a missing comma comes after, when it is one. */
    private int scalarStart;

    private JsonSyntax(Path file, String text) {
        this.in = new JsonCursor(file, text);
    }

    /** The file's one value; {@code text} is already decoded, without a byte order mark. */
    static SourceValue parse(Path file, String text) {
        return new JsonSyntax(file, text).document();
    }

    private SourceValue document() {
        in.skipBlank();
        if (in.atEnd()) {
            throw in.fail(-1, null, "the file is empty: it must hold the settings between { and }");
        }
        SourceValue root = value("");
        int end = in.pos;
        in.skipBlank();
        if (!in.atEnd()) {
            String closed = "the settings were already closed by the " + in.text.charAt(end - 1)
                    + " on line " + in.line(end - 1);
            throw in.fail(in.pos, null, isCloser(in.current())
                    ? "this " + in.current() + " closes nothing: " + closed
                            + " (is one too many, or an opening one missing above?)"
                    : "there is more after the end of the settings: " + closed + "; everything must be inside it");
        }
        return root;
    }

    private SourceValue value(String path) {
        char c = in.current();
        scalarStart = in.pos;
        if (c == '{') {
            return object(path);
        }
        if (c == '[') {
            return list(path);
        }
        if (c == '"') {
            Position start = in.at(in.pos);
            return new ScalarValue(start, Kind.TEXT, in.string());
        }
        checkQuotes(c, path);
        if (c == ',' || isCloser(c)) {
            throw in.fail(in.pos, path, "has no value: write one before this " + c);
        }
        if (c == ':') {
            throw in.fail(in.pos, path, "has one colon too many: remove this one");
        }
        return word(path);
    }

    private ObjectValue object(String path) {
        int open = in.pos++;
        List<Member> members = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        in.skipBlank();
        if (!in.atEnd() && in.current() == '}') {
            in.pos++;
            return new ObjectValue(in.at(open), members);
        }
        do {
            in.skipBlank();
            requireMore(open);
            int keyStart = in.pos;
            String key = key(open);
            String child = path.isEmpty() ? key : path + "." + key;
            Position earlier = seen.putIfAbsent(key, in.at(keyStart));
            if (earlier != null) {
                throw in.fail(keyStart, child, "is given twice (also on line " + earlier.line() + "); keep one of the two");
            }
            in.skipBlank();
            requireMore(open);
            if (in.current() != ':') {
                throw in.fail(in.pos, null, "a colon is missing after the key \"" + key + "\": write \"" + key
                        + "\": and then its value");
            }
            in.pos++;
            in.skipBlank();
            requireMore(open);
            members.add(new Member(key, in.at(keyStart), value(child)));
        } while (moreAfter(open, '}', members.get(members.size() - 1).value()));
        return new ObjectValue(in.at(open), members);
    }

    private ListValue list(String path) {
        int open = in.pos++;
        List<SourceValue> items = new ArrayList<>();
        in.skipBlank();
        if (!in.atEnd() && in.current() == ']') {
            in.pos++;
            return new ListValue(in.at(open), items);
        }
        do {
            in.skipBlank();
            requireMore(open);
            items.add(value(path + "[" + items.size() + "]"));
        } while (moreAfter(open, ']', items.get(items.size() - 1)));
        return new ListValue(in.at(open), items);
    }

    /** After a value: true after a comma (another entry follows), false after the closing bracket. */
    private boolean moreAfter(int open, char close, SourceValue previous) {
        int valueEnd = in.pos;
        in.skipBlank();
        requireMore(open);
        char c = in.current();
        if (c == close) {
            in.pos++;
            return false;
        }
        if (c == ',') {
            int comma = in.pos++;
            in.skipBlank();
            if (!in.atEnd() && in.current() == close) {
                throw in.fail(comma, null, "this comma is after the last entry, before the " + close
                        + " on line " + in.line(in.pos) + ": remove it");
            }
            return true;
        }
        if (c == ':' && close == ']') {
            throw in.fail(in.pos, null, "the [ on line " + in.line(open) + " is not closed: a ] is missing before this key");
        }
        if (isCloser(c)) {
            throw in.fail(in.pos, null, "this " + c + " does not match the " + in.text.charAt(open)
                    + " on line " + in.line(open) + ": write " + close + " (or add the missing opening one)");
        }
        if (c == ';') {
            throw in.fail(in.pos, null, "entries are separated by a comma, not ;: write , here");
        }
        boolean valueStarts = c == '"' || c == '{' || c == '[' || c == '\'' || JsonCursor.CURLY_QUOTES.indexOf(c) >= 0;
        if (valueStarts || in.isWordChar(in.pos)) {
            throw in.fail(in.pos, null, missingComma(valueEnd, previous));
        }
        throw in.fail(in.pos, null, "this " + c + " does not belong here: after a value comes a comma, or the " + close
                + " that closes the " + in.text.charAt(open) + " on line " + in.line(open));
    }

    private String missingComma(int valueEnd, SourceValue previous) {
        String written = in.text.substring(scalarStart, valueEnd);
        String after = previous instanceof ScalarValue && written.length() <= JsonCursor.LONGEST_SHOWN
                ? "the value " + written : "the " + in.text.charAt(valueEnd - 1);
        Position last = in.at(valueEnd - 1);
        Position next = in.at(in.pos);
        if (last.line() != next.line()) {
            return "a comma is missing after " + after + " at the end of line " + last.line();
        }
        return "a comma is missing after " + after + ", before " + in.shownAt(in.pos) + " (column " + next.column() + ")";
    }

    private String key(int open) {
        char c = in.current();
        if (c == '"') {
            return in.string();
        }
        checkQuotes(c, null);
        if (isCloser(c)) {
            throw in.fail(in.pos, null, "this " + c + " does not match the { on line " + in.line(open) + ": write }");
        }
        if (c == '{' || c == '[') {
            throw in.fail(in.pos, null, "the { on line " + in.line(open) + " is not closed: a } is missing before this "
                    + c);
        }
        if (c == ',') {
            throw in.fail(in.pos, null, "there is a comma too many here: remove one");
        }
        if (!in.isWordChar(in.pos)) {
            throw in.fail(in.pos, null, "a key in double quotes is expected here, not " + c);
        }
        int start = in.pos;
        String word = in.readWord();
        if (word.chars().allMatch(Character::isDigit) && start >= 2 && in.text.charAt(start - 1) == ','
                && Character.isDigit(in.text.charAt(start - 2))) {
            int digits = start - 2;
            while (digits > 0 && Character.isDigit(in.text.charAt(digits - 1))) {
                digits--;
            }
            String number = in.text.substring(digits, start - 1);
            throw in.fail(start, null, "a number is written with a dot, not a comma: " + number + "." + word
                    + ", not " + number + "," + word);
        }
        throw in.fail(start, null, "the key " + word + " must be in double quotes: \"" + word + "\"");
    }

    /** A number, true, false or null; anything else written without quotes is a mistake, explained. */
    private ScalarValue word(String path) {
        int start = in.pos;
        if (!in.isWordChar(in.pos)) {
            throw in.fail(in.pos, null, "the character " + in.current() + " does not belong here");
        }
        String word = in.readWord();
        Position at = in.at(start);
        if (NUMBER.matcher(word).matches()) {
            return new ScalarValue(at, Kind.NUMBER, word);
        }
        switch (word) {
            case "true" -> {
                return new ScalarValue(at, Kind.TRUE, word);
            }
            case "false" -> {
                return new ScalarValue(at, Kind.FALSE, word);
            }
            case "null" -> {
                return new ScalarValue(at, Kind.NULL, word);
            }
            default -> throw in.fail(start, path.isEmpty() ? null : path, BareWords.explain(word, path.isEmpty()));
        }
    }

    /** {@code path}: the key whose value starts here; null where a key is expected. */
    private void checkQuotes(char c, String path) {
        if (c == '\'') {
            throw in.fail(in.pos, path, path == null ? "keys must be in double quotes \"...\", not single quotes '...'"
                    : "has its text in single quotes '...': JSON needs double quotes \"...\"");
        }
        if (JsonCursor.CURLY_QUOTES.indexOf(c) >= 0) {
            throw in.fail(in.pos, path, (path == null
                    ? "keys must be in straight double quotes \"...\", not curly quotes " + c + "..."
                    : "has its text in curly quotes " + c + "...: JSON needs straight double quotes \"...\"")
                    + " (a word processor or the editor changed them: retype them in a plain text editor)");
        }
    }

    private void requireMore(int open) {
        if (in.atEnd()) {
            char close = in.text.charAt(open) == '{' ? '}' : ']';
            throw in.fail(open, null, "this " + in.text.charAt(open) + " is never closed: the file ends before its "
                    + close);
        }
    }

    private static boolean isCloser(char c) {
        return c == '}' || c == ']';
    }
}
