package it.polimi.auic.advisor.command;

/** The exit codes of the jar, as the CLI contract fixes them. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** Anything that is not the user's fault: a broken folder, a failure while running. */
    public static final int FAILURE = 1;
    /** Bad input or usage: one line on stderr that names the field or argument, nothing on stdout. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
