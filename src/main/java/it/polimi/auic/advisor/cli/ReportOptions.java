package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.feedback.FeedbackEntry;
import it.polimi.auic.advisor.feedback.FeedbackKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code report} was asked for.
 *
 * @param json  print one JSON object instead of text
 * @param since only entries from this day on (from midnight UTC), or {@code null} for all
 * @param kinds which kinds of entry to report; by default refused questions and unhelpful answers
 */
record ReportOptions(boolean json, LocalDate since, Set<FeedbackKind> kinds) {

    static final String USAGE = "usage: report [--json] [--since YYYY-MM-DD] [--kind unanswered|unhelpful|helpful]";

    /** Longest piece of a bad argument repeated in an error message. */
    private static final int MAX_QUOTED = 40;

    ReportOptions {
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    static ReportOptions parse(List<String> args) {
        boolean json = false;
        LocalDate since = null;
        Set<FeedbackKind> kinds = EnumSet.of(FeedbackKind.UNANSWERED, FeedbackKind.UNHELPFUL);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--since")) {
                since = date(value(args, i++));
            } else if (arg.equals("--kind")) {
                kinds = EnumSet.of(kind(value(args, i++)));
            } else {
                throw new UsageException("report: unexpected argument '" + quote(arg) + "'; " + USAGE);
            }
        }
        return new ReportOptions(json, since, kinds);
    }

    /** The kinds in their natural order (unanswered, unhelpful, helpful). */
    List<FeedbackKind> orderedKinds() {
        return EnumSet.copyOf(kinds).stream().toList();
    }

    boolean selects(FeedbackEntry entry) {
        return kinds.contains(entry.kind()) && (since == null || !entry.time().isBefore(sinceInstant()));
    }

    private Instant sinceInstant() {
        return since.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String value(List<String> args, int i) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException("report: " + args.get(i) + " needs a value; " + USAGE);
        }
        return args.get(i + 1);
    }

    private static LocalDate date(String text) {
        try {
            // ISO_LOCAL_DATE resolves strictly: 2023-02-30 is refused, not moved to March.
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("report: --since '" + quote(text) + "' is not a real date of the form YYYY-MM-DD");
        }
    }

    private static FeedbackKind kind(String text) {
        for (FeedbackKind kind : FeedbackKind.values()) {
            if (kind.word().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new UsageException("report: --kind '" + quote(text) + "' must be one of unanswered, unhelpful, helpful");
    }

    /** A bad argument as it can be shown on the one line of an error: no control characters, cut short. */
    private static String quote(String text) {
        String oneLine = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(MAX_QUOTED + 1L)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return oneLine.codePointCount(0, oneLine.length()) > MAX_QUOTED
                ? oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_QUOTED)) + "…"
                : oneLine;
    }
}
