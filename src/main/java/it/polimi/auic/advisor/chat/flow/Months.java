package it.polimi.auic.advisor.chat.flow;

import java.util.Map;

/** Month names students write in dates, in English and Italian, full or short, without accents. */
final class Months {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("gennaio", 1), Map.entry("gen", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("febbraio", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("marzo", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("aprile", 4),
            Map.entry("may", 5), Map.entry("maggio", 5), Map.entry("mag", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("giugno", 6), Map.entry("giu", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("luglio", 7), Map.entry("lug", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("agosto", 8), Map.entry("ago", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("settembre", 9),
            Map.entry("set", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("ottobre", 10), Map.entry("ott", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("novembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("dicembre", 12), Map.entry("dic", 12));

    /** The names as a regular-expression alternation, longest first so "june" is not read as "jun". */
    static final String NAMES = String.join("|", NUMBERS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList());

    private Months() {
    }

    static int number(String name) {
        return NUMBERS.get(name);
    }
}
