package it.polimi.auic.advisor.chat.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The power users' way to answer several questions in one message: {@code name=value} pairs in any order,
 * values in quotes when they contain spaces ({@code /merit avg=26.5 credits=150 portfolio=12}).
 */
final class InlineArguments {

    /** One {@code name=value} pair. */
    record Assignment(String name, String value) {
    }

    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\w/])([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s;]+)");

    private InlineArguments() {
    }

    static List<Assignment> parse(String text) {
        List<Assignment> pairs = new ArrayList<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            String value = m.group(2);
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            } else {
                value = value.replaceAll(",+$", "");
            }
            pairs.add(new Assignment(m.group(1).toLowerCase(Locale.ROOT), value.trim()));
        }
        return pairs;
    }
}
