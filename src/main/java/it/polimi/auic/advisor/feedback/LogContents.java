package it.polimi.auic.advisor.feedback;

import java.util.List;

/**
 * Everything readable in the log, oldest first.
 *
 * @param entries         the entries of every kept file, in the order they were written
 * @param unreadableLines lines skipped because they could not be read (a line torn by a crash, a hand edit)
 * @param files           how many log files were read
 */
public record LogContents(List<FeedbackEntry> entries, int unreadableLines, int files) {

    public LogContents {
        entries = List.copyOf(entries);
    }

    public static LogContents empty() {
        return new LogContents(List.of(), 0, 0);
    }
}
