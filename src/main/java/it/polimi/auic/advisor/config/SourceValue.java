package it.polimi.auic.advisor.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON value as staff wrote it in a config file, with the line and column where it starts, so that a problem
 * found after parsing (a misspelt key, a value out of range) can still name its line.
 */
sealed interface SourceValue permits SourceValue.ObjectValue, SourceValue.ListValue, SourceValue.ScalarValue {

    /** "admission.nvThresholds[0].credits": a key, then keys after dots and list entries by 0-based index. */
    Pattern STEP = Pattern.compile("\\.?([^.\\[\\]]+)|\\[(\\d+)]");

    Position start();

    /** How the value reads in a message: text in double quotes, a number or literal as written, a list or braces. */
    String shown();

    record Position(int line, int column) {
    }

    record Member(String key, Position keyAt, SourceValue value) {
    }

    /** Written as { ... }. */
    record ObjectValue(Position start, List<Member> members) implements SourceValue {

        Optional<Member> member(String key) {
            return members.stream().filter(m -> m.key().equals(key)).findFirst();
        }

        @Override
        public String shown() {
            return "{ ... }";
        }
    }

    /** Written as [ ... ]. */
    record ListValue(Position start, List<SourceValue> items) implements SourceValue {

        @Override
        public String shown() {
            return "a list [...]";
        }
    }

    enum Kind { TEXT, NUMBER, TRUE, FALSE, NULL }

    /** @param text what the quotes enclose (escapes resolved) for text; the number or literal as written otherwise */
    record ScalarValue(Position start, Kind kind, String text) implements SourceValue {

        private static final int LONGEST_SHOWN = 40;

        @Override
        public String shown() {
            if (kind != Kind.TEXT) {
                return text;
            }
            return "\"" + (text.length() <= LONGEST_SHOWN ? text : text.substring(0, LONGEST_SHOWN) + "...") + "\"";
        }
    }

    /** Where the key (or, for a list entry, the value) named by {@code path} starts, when it is in the file. */
    static Optional<Position> find(SourceValue root, String path) {
        SourceValue node = root;
        Position at = root.start();
        Matcher step = STEP.matcher(path);
        int end = 0;
        while (step.find() && step.start() == end) {
            end = step.end();
            if (step.group(1) != null && node instanceof ObjectValue object) {
                Optional<Member> member = object.member(step.group(1));
                if (member.isEmpty()) {
                    return Optional.empty();
                }
                at = member.get().keyAt();
                node = member.get().value();
            } else if (step.group(2) != null && node instanceof ListValue list
                    && Integer.parseInt(step.group(2)) < list.items().size()) {
                node = list.items().get(Integer.parseInt(step.group(2)));
                at = node.start();
            } else {
                return Optional.empty();
            }
        }
        return end == path.length() ? Optional.of(at) : Optional.empty();
    }
}
