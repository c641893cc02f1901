package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.command.ArgumentText;
import it.polimi.auic.advisor.feedback.FeedbackEntry;
import it.polimi.auic.advisor.feedback.FeedbackKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code report} was asked for.
 *
 * @param json  print one JSON object instead of text
 * @param since only entries from this day on (from midnight UTC), or {@code null} for all
 * @param kinds which kinds of entry to report; by default refused questions, unhelpful answers and the
 *              questions the staff answered (what FAQ entries could say); helpful answers only when asked
 */
record ReportOptions(boolean json, LocalDate since, Set<FeedbackKind> kinds) {

    /** What is reported without {@code --kind}. */
    static final Set<FeedbackKind> DEFAULT_KINDS = Set.of(FeedbackKind.UNANSWERED, FeedbackKind.UNHELPFUL,
            FeedbackKind.STAFF);

    ReportOptions {
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
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

    /** Reads {@code --since}: a real day, YYYY-MM-DD. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                // ISO_LOCAL_DATE resolves strictly: 2023-02-30 is refused, not moved to March.
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + ArgumentText.quote(text) + "' is not a real date of the form YYYY-MM-DD");
            }
        }
    }

    /** Reads {@code --kind}: the word of a kind, in any case. */
    static final class Kind implements ITypeConverter<FeedbackKind> {
        @Override
        public FeedbackKind convert(String text) {
            for (FeedbackKind kind : FeedbackKind.values()) {
                if (kind.word().equalsIgnoreCase(text)) {
                    return kind;
                }
            }
            throw new TypeConversionException("'" + ArgumentText.quote(text) + "' must be one of unanswered, unhelpful, helpful, staff");
        }
    }
}
