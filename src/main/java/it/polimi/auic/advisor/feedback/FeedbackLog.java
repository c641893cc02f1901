package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.language.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of refused questions and rated answers, under {@code <dataDir>/feedback/} as JSON Lines.
 *
 * <p>Safe for many threads (the Telegram adapter's workers). Each entry is one {@code write} of one whole
 * line to a file opened for appending, followed by {@code force}: once {@link #record} returns {@code true}
 * the entry is on disk, so neither a killed process nor a power cut can take it back, and a crash in the
 * middle of a write can at worst leave a torn last line. The reader skips such a line and the next writer
 * starts on a fresh line, so every earlier entry stays readable. Entries are rare (a refusal, a 👎), so
 * the few milliseconds of {@code force} per entry cost nothing a student would notice.
 *
 * <p>Writing never fails the caller: a full disk or a folder without permission is logged (without the
 * question) and the entry is dropped; the next entry tries again.
 */
public final class FeedbackLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackLog.class);

    private final Path folder;
    private final FeedbackSettings settings;
    private final Clock clock;
    private final Object lock = new Object();

    /** Writes to the newest file; {@code null} before the first entry and after a failure. Guarded by lock. */
    private LogAppender appender;
    private boolean closed;

    private FeedbackLog(Path folder, FeedbackSettings settings, Clock clock) {
        this.folder = folder;
        this.settings = settings;
        this.clock = clock;
    }

    /** The log under a data folder. Touches no file until the first entry, so it cannot fail here. */
    public static FeedbackLog open(Path dataDir, FeedbackSettings settings, Clock clock) {
        return new FeedbackLog(LogFiles.folder(dataDir), settings, clock);
    }

    /** Logs a question the advisor could not answer. */
    public boolean unanswered(String question) {
        return record(FeedbackEntry.unanswered(clock.instant(), question));
    }

    /** Logs a student's 👎 on an answer that rested on {@code section} ("programme-rules 7.2"). */
    public boolean unhelpful(String question, String section) {
        return record(FeedbackEntry.rated(clock.instant(), false, question, section));
    }

    /** Logs a student's 👍 on an answer that rested on {@code section}. */
    public boolean helpful(String question, String section) {
        return record(FeedbackEntry.rated(clock.instant(), true, question, section));
    }

    /**
     * Appends one entry. Returns {@code true} once it is on disk; {@code false} when it was not written
     * (empty question, log closed, disk trouble: see the application log). Never throws.
     */
    /** The School's staff answered {@code question} with {@code answer}. */
    public boolean staffAnswered(String question, String answer) {
        return record(FeedbackEntry.staffAnswered(clock.instant(), question, answer));
    }

    public boolean record(FeedbackEntry entry) {
        if (entry == null || entry.question().isEmpty()) {
            return false;
        }
        byte[] line;
        try {
            line = LogJson.line(entry);
        } catch (IOException | RuntimeException e) {
            // The message could quote the question: name the failure only.
            LOG.warn("Could not encode a feedback entry ({}); it is dropped", e.getClass().getSimpleName());
            return false;
        }
        synchronized (lock) {
            if (closed) {
                return false;
            }
            try {
                append(line);
                return true;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not write to the feedback log in {} ({}); the entry is dropped", folder, e.toString());
                closeAppender();
                return false;
            }
        }
    }

    /** Everything readable in the log, oldest first. Throws {@link java.io.UncheckedIOException} if unreadable. */
    public LogContents read() {
        synchronized (lock) {
            // Under the lock so that a line being written by this process is never seen half-written.
            return FeedbackReader.read(folder);
        }
    }

    /** The grouped report as a short text for the admins' {@code /unanswered} command. */
    public String summary(int maxGroups, Language language) {
        LogContents contents;
        try {
            contents = read();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the feedback log in {} ({})", folder, e.toString());
            return language.pick("The feedback log cannot be read: " + e.getMessage(),
                    "Il registro dei commenti non si può leggere: " + e.getMessage());
        }
        return FeedbackSummary.of(FeedbackReport.build(contents.entries()), maxGroups, language);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            closeAppender();
        }
    }

    private void append(byte[] line) throws IOException {
        if (appender != null && !appender.fileStillThere()) {
            // Staff moved or deleted the file (to archive or clear the log): start again where it should be.
            closeAppender();
        }
        if (appender == null) {
            appender = LogAppender.open(folder, settings);
        }
        appender.append(line);
    }

    private void closeAppender() {
        if (appender != null) {
            appender.close();
            appender = null;
        }
    }
}
