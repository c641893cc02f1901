package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

    JsonMistake(SourceText source, JsonStreamContext open, boolean keyRead, Token last, Map<String, Integer> lines) {
        this.source = source;
        this.open = open;
        this.keyRead = keyRead;
        this.last = last;
        this.lines = lines;
    }

    /** {@code where}: where Jackson stopped (its exception's location, or the parser's when that has none). */
    ConfigException explain(JsonProcessingException e, JsonLocation where) {
        int at = source.offset(where);
        if (e instanceof StreamConstraintsException) {
            return source.problem(at, null, "this value is too large, or nested too deep, to be read: make it shorter");
        }
        int lastEnd = last == null ? 0 : last.end();
        int quote = source.openQuote(lastEnd, at);
        if (quote >= 0) {
            return TextMistakes.inText(source, quote, at);
        }
        if ((e instanceof JsonEOFException || at >= source.text().length()) && !open.inRoot()) {
            return new ConfigException(source.file(), openLine(), null, "this " + opener() + " is never closed: the "
                    + "file ends before its " + closer());
        }
        int start = source.wordStart(at, lastEnd);
        int before = source.previousNonBlank(start);
        char previous = source.at(before);
        if (previous == ',' && source.at(start) == closer()) {
            return source.problem(before, null, "this comma is after the last entry, before the " + closer()
                    + " on line " + source.line(start) + ": remove it");
        }
        return TextMistakes.stray(source, at).orElseGet(() -> where(start, before));
    }

    /** By what is before {@code start}: nothing, the last value Jackson read, or what it read after that. */
    private ConfigException where(int start, int before) {
        if (before < 0) {
            return top(start);
        }
        if (last != null && before == last.end() - 1) {
            return afterLast(start);
        }
        return switch (source.at(before)) {
            case ',' -> open.inObject() ? whereKey(start, before) : whereValue(start);
            case ':' -> whereValue(start);
            case '"' -> keyRead ? colonMissing(start) : givenTwice(start); // a key Jackson read, and stopped after
            default -> source.problem(start, null, "the text here is not valid JSON; compare it with the file as "
                    + "shipped");
        };
    }

    /** Right after the last value Jackson read, or the { or [ it opened. */
    private ConfigException afterLast(int start) {
        if (last.kind() == JsonToken.START_OBJECT || last.kind() == JsonToken.START_ARRAY) {
            return last.kind() == JsonToken.START_OBJECT ? whereKey(start, last.start()) : whereValue(start);
        }
        boolean glued = start == last.end() && source.isWordChar(start) && last.kind().isScalarValue()
                && last.kind() != JsonToken.VALUE_STRING;
        if (glued) { // 14days: Jackson read 14, then stopped at days
            return last.path().isEmpty() ? top(last.start())
                    : source.problem(start, last.path(), BareWords.explain(source.wordAt(last.start())));
        }
        return open.inRoot() ? afterSettings(start) : afterValue(start);
    }

    private ConfigException top(int start) {
        return source.problem(start, null, "the settings must be written between { and }, not "
                + source.shownAt(start));
    }

    private ConfigException whereKey(int start, int before) {
        char c = source.at(start);
        return source.problem(start, null, switch (c) {
            case '\'' -> "keys must be in double quotes \"...\", not single quotes '...'";
            case '\u201C', '\u201D', '\u201E', '\u2018', '\u2019' -> "keys must be in straight double quotes \"...\", "
                    + "not curly quotes " + c + "..." + RETYPE;
            case '}', ']' -> "this " + c + " does not match the { on line " + openLine() + ": write }";
            case '{', '[' -> "the { on line " + openLine() + " is not closed: a } is missing before this " + c;
            case ',' -> "there is a comma too many here: remove one";
            default -> source.isWordChar(start) ? unquotedKey(source.wordAt(start), before == start - 1 ? before : -1)
                    : "a key in double quotes is expected here, not " + c;
        });
    }

    /** {@code comma}: where a comma is right before the word, or -1; 27,5 is a decimal comma, not a key 5. */
    private String unquotedKey(String word, int comma) {
        if (comma < 0 || !word.chars().allMatch(Character::isDigit) || !Character.isDigit(source.at(comma - 1))) {
            return "the key " + word + " must be in double quotes: \"" + word + "\"";
        }
        String number = source.wordAt(source.wordStart(comma, 0));
        return "a number is written with a dot, not a comma: " + number + "." + word + ", not " + number + "," + word;
    }

    /** Where a value was expected: after a colon, after [ or after a comma in a list. */
    private ConfigException whereValue(int start) {
        char c = source.at(start);
        String problem = switch (c) {
            case '\'' -> "has its text in single quotes '...': JSON needs double quotes \"...\"";
            case '\u201C', '\u201D', '\u201E', '\u2018', '\u2019' -> "has its text in curly quotes " + c + "...: JSON "
                    + "needs straight double quotes \"...\"" + RETYPE;
            case ',', '}', ']' -> "has no value: write one before this " + c;
            case ':' -> "has one colon too many: remove this one";
            default -> source.isWordChar(start) ? BareWords.explain(source.wordAt(start)) : null;
        };
        return problem == null ? source.problem(start, null, "the character " + c + " does not belong here")
                : source.problem(start, JsonWalk.path(open), problem);
    }

    /** After a value inside { } or [ ]: a comma or the closing bracket was expected. */
    private ConfigException afterValue(int start) {
        char c = source.at(start);
        String problem = switch (c) {
            case '}', ']' -> "this " + c + " does not match the " + opener() + " on line " + openLine() + ": write "
                    + closer() + " (or add the missing opening one)";
            case ';' -> "entries are separated by a comma, not ;: write , here";
            case ':' -> open.inArray()
                    ? "the [ on line " + openLine() + " is not closed: a ] is missing before this key" : null;
            default -> null;
        };
        if (problem == null && (source.isWordChar(start) || "\"{['".indexOf(c) >= 0 || SourceText.isCurlyQuote(c))) {
            return commaMissing(start);
        }
        return source.problem(start, null, problem != null ? problem : "this " + c + " does not belong here: after "
                + "a value comes a comma, or the " + closer() + " that closes the " + opener() + " on line "
                + openLine());
    }

    private ConfigException commaMissing(int start) {
        String written = source.text().substring(last.start(), last.end());
        String after = last.kind().isScalarValue() && written.length() <= 30 ? "the value " + written
                : "the " + source.at(last.end() - 1);
        int lastLine = source.line(last.end() - 1);
        return source.problem(start, null, "a comma is missing after " + after + (lastLine != source.line(start)
                ? " at the end of line " + lastLine
                : ", before " + source.shownAt(start) + " (column " + source.column(start) + ")"));
    }

    /** After the { ... } that holds the settings (also when Jackson read a second value there). */
    ConfigException afterSettings(int start) {
        char c = source.at(start);
        String closed = "the settings were already closed by the " + source.at(last.end() - 1) + " on line "
                + source.line(last.end() - 1);
        return source.problem(start, null, c == '}' || c == ']'
                ? "this " + c + " closes nothing: " + closed + " (is one too many, or an opening one missing above?)"
                : "there is more after the end of the settings: " + closed + "; everything must be inside it");
    }

    private ConfigException colonMissing(int start) {
        String key = open.getCurrentName();
        return source.problem(start, null, "a colon is missing after the key \"" + key + "\": write \"" + key
                + "\": and then its value");
    }

    /** Jackson stopped right after a key it had read in this { } before. */
    private ConfigException givenTwice(int start) {
        String key = JsonWalk.path(open);
        return source.problem(start, key, "is given twice (also on line " + lines.getOrDefault(key, -1)
                + "); keep one of the two");
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
}
