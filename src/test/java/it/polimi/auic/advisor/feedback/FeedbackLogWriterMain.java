package it.polimi.auic.advisor.feedback;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link FeedbackLogCrashTest}: writes numbered entries in a tight loop until it is
 * killed, and after each entry the log reports written, prints its number and a full stop on stdout.
 * Arguments: data folder, max file bytes, kept files.
 */
public final class FeedbackLogWriterMain {

    private FeedbackLogWriterMain() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        FeedbackSettings settings = new FeedbackSettings(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        PrintStream acks = new PrintStream(System.out, true, StandardCharsets.US_ASCII);
        FeedbackLog log = FeedbackLog.open(dataDir, settings, Clock.systemUTC());
        for (long i = 0; ; i++) {
            if (!log.unanswered(FeedbackLogCrashTest.question(i))) {
                System.err.println("entry " + i + " was not written");
                System.exit(3);
            }
            acks.println(i + ".");
        }
    }
}
