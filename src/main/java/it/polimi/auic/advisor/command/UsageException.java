package it.polimi.auic.advisor.command;

/** Bad input or usage on the command line: exit code 2 and this message, one line, on stderr. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
