package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import it.polimi.auic.advisor.config.JsonWalk.Token;
import java.util.Map;

/**
 * What staff got wrong where Jackson's streaming parser stopped, in their words. Jackson says only where it stopped;
 * the mistake is read from what it had read by then (the last value, the open brackets, a key with no value yet) and
 * from the text there: the character, the one before it, a word without quotes. Jackson's own message is never
 * read, as it speaks of tokens and Java. A missing comma belongs after the last value, often on the line before.
 */
final class JsonMistake {

    private static final String RETYPE = " (a word processor or the editor changed them: retype them in a plain text "
            + "editor)";

    private final SourceText source;
    /** The innermost open { or [ (the root when none is open). */
    private final JsonStreamContext open;
    /** Whether Jackson had read a key whose colon and value it had not read yet. */
    private final boolean keyRead;
    /** The last value Jackson read, or null at the start of the file. */
    private final Token last;
    private final Map<String, Integer> lines;

    JsonMistake(SourceText source, JsonStreamContext open, boolean keyRead, Token last,
                Map<String, Integer> lines) {
        this.source = source;
        this.open = open;
        this.keyRead = keyRead;
        this.last = last;
        this.lines = lines;
    }

    ConfigException explain(JsonProcessingException e) {
        int at = source.offset(e.getLocation());
        int lastEnd = last == null ? 0 : last.end();
        int quote = source.openQuote(lastEnd, at);
        if (quote >= 0) {
            return TextMistakes.inText(source, quote, at);
        }
        if ((e instanceof JsonEOFException || at >= source.length()) && !open.inRoot()) {
            return neverClosed();
        }
        if (TextMistakes.isStray(source, at)) {
            return TextMistakes.stray(source, at);
        }
        int start = source.wordStart(at, lastEnd);
        int before = source.previousNonBlank(start);
        if (before < 0) {
            return top(start);
        }
        if (last != null && before == last.end() - 1) {
            return afterLast(start);
        }
        return switch (source.at(before)) {
            case ',' -> open.inObject() ? whereKey(start, before) : whereValue(start, before);
            case ':' -> whereValue(start, before);
            case '"' -> keyRead ? colonMissing(start) : givenTwice(start);
            default -> fail(start, null, "the text here is not valid JSON; compare it with the file as shipped in the "
                    + "repository");
        };
    }

    /** Right after the last value Jackson read, or the { or [ it opened. */
    private ConfigException afterLast(int start) {
        if (last.kind() == JsonToken.START_OBJECT) {
            return whereKey(start, last.start());
        }
        if (last.kind() == JsonToken.START_ARRAY) {
            return whereValue(start, last.start());
        }
        boolean glued = start == last.end() && source.isWordChar(start) && last.kind() != JsonToken.VALUE_STRING
                && last.kind().isScalarValue();
        if (glued) { // 14days: Jackson read 14, then stopped at days
            return last.path().isEmpty() ? top(last.start()) : bareWord(last.start(), last.path());
        }
        return open.inRoot() ? afterSettings(start) : afterValue(start);
    }

    private ConfigException top(int start) {
        return fail(start, null, "the settings must be written between { and }, not " + source.shownAt(start));
    }

    private ConfigException whereKey(int start, int before) {
        char c = source.at(start);
        if (c == closer() && source.at(before) == ',') {
            return trailingComma(before, start);
        }
        if (c == '\'') {
            return fail(start, null, "keys must be in double quotes \"...\", not single quotes '...'");
        }
        if (SourceText.CURLY_QUOTES.indexOf(c) >= 0) {
            return fail(start, null, "keys must be in straight double quotes \"...\", not curly quotes " + c + "..."
                    + RETYPE);
        }
        if (c == '}' || c == ']') {
            return fail(start, null, "this " + c + " does not match the { on line " + openLine() + ": write }");
        }
        if (c == '{' || c == '[') {
            return fail(start, null, "the { on line " + openLine() + " is not closed: a } is missing before this " + c);
        }
        if (c == ',') {
            return fail(start, null, "there is a comma too many here: remove one");
        }
        if (!source.isWordChar(start)) {
            return fail(start, null, "a key in double quotes is expected here, not " + c);
        }
        String word = source.wordAt(start);
        if (word.chars().allMatch(Character::isDigit) && source.at(before) == ',' && before == start - 1
                && Character.isDigit(source.at(before - 1))) {
            String number = source.wordAt(source.wordStart(before - 1, 0));
            return fail(start, null, "a number is written with a dot, not a comma: " + number + "." + word + ", not "
                    + number + "," + word);
        }
        return fail(start, null, "the key " + word + " must be in double quotes: \"" + word + "\"");
    }

    /** Where a value was expected: after a colon, after [ or after a comma in a list. */
    private ConfigException whereValue(int start, int before) {
        char c = source.at(start);
        String key = JsonWalk.path(open);
        if (c == closer() && source.at(before) == ',') {
            return trailingComma(before, start);
        }
        if (c == '\'') {
            return fail(start, key, "has its text in single quotes '...': JSON needs double quotes \"...\"");
        }
        if (SourceText.CURLY_QUOTES.indexOf(c) >= 0) {
            return fail(start, key, "has its text in curly quotes " + c + "...: JSON needs straight double quotes "
                    + "\"...\"" + RETYPE);
        }
        if (c == ',' || c == '}' || c == ']') {
            return fail(start, key, "has no value: write one before this " + c);
        }
        if (c == ':') {
            return fail(start, key, "has one colon too many: remove this one");
        }
        if (!source.isWordChar(start)) {
            return fail(start, null, "the character " + c + " does not belong here");
        }
        return bareWord(start, key);
    }

    private ConfigException bareWord(int start, String key) {
        return fail(start, key, BareWords.explain(source.wordAt(start)));
    }

    /** After a value inside { } or [ ]: a comma or the closing bracket was expected. */
    private ConfigException afterValue(int start) {
        char c = source.at(start);
        if (c == '}' || c == ']') {
            return fail(start, null, "this " + c + " does not match the " + opener() + " on line " + openLine()
                    + ": write " + closer() + " (or add the missing opening one)");
        }
        if (c == ':' && open.inArray()) {
            return fail(start, null, "the [ on line " + openLine() + " is not closed: a ] is missing before this key");
        }
        if (c == ';') {
            return fail(start, null, "entries are separated by a comma, not ;: write , here");
        }
        if ("\"{['".indexOf(c) >= 0 || SourceText.CURLY_QUOTES.indexOf(c) >= 0 || source.isWordChar(start)) {
            return commaMissing(start);
        }
        return fail(start, null, "this " + c + " does not belong here: after a value comes a comma, or the "
                + closer() + " that closes the " + opener() + " on line " + openLine());
    }

    private ConfigException commaMissing(int start) {
        String written = source.between(last.start(), last.end());
        String after = last.kind().isScalarValue() && written.length() <= 30 ? "the value " + written
                : "the " + source.at(last.end() - 1);
        int lastLine = source.line(last.end() - 1);
        if (lastLine != source.line(start)) {
            return fail(start, null, "a comma is missing after " + after + " at the end of line " + lastLine);
        }
        return fail(start, null, "a comma is missing after " + after + ", before " + source.shownAt(start)
                + " (column " + source.column(start) + ")");
    }

    /** After the { ... } that holds the settings (also when Jackson read a second value there). */
    ConfigException afterSettings(int start) {
        char c = source.at(start);
        String closed = "the settings were already closed by the " + source.at(last.end() - 1) + " on line "
                + source.line(last.end() - 1);
        return fail(start, null, c == '}' || c == ']'
                ? "this " + c + " closes nothing: " + closed + " (is one too many, or an opening one missing above?)"
                : "there is more after the end of the settings: " + closed + "; everything must be inside it");
    }

    private ConfigException trailingComma(int comma, int close) {
        return fail(comma, null, "this comma is after the last entry, before the " + source.at(close) + " on line "
                + source.line(close) + ": remove it");
    }

    private ConfigException colonMissing(int start) {
        String key = open.getCurrentName();
        return fail(start, null, "a colon is missing after the key \"" + key + "\": write \"" + key
                + "\": and then its value");
    }

    /** Jackson stopped right after a key it had read in this { } before. */
    private ConfigException givenTwice(int start) {
        String key = JsonWalk.path(open);
        return fail(start, key, "is given twice (also on line " + lines.getOrDefault(key, -1)
                + "); keep one of the two");
    }

    private ConfigException neverClosed() {
        return new ConfigException(source.file(), openLine(), null, "this " + opener() + " is never closed: the file ends "
                + "before its " + closer());
    }

    private char opener() {
        return open.inObject() ? '{' : '[';
    }

    private char closer() {
        return open.inObject() ? '}' : ']';
    }

    private int openLine() {
        return open.startLocation(ContentReference.unknown()).getLineNr();
    }

    private ConfigException fail(int at, String key, String problem) {
        return source.problem(at, key, problem);
    }
}
