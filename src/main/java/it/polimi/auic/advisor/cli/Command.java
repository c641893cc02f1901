package it.polimi.auic.advisor.cli;

/** One command of the jar ({@code ask}, {@code calc}, ...): returns the process exit code. */
@FunctionalInterface
public interface Command {

    /** Exit code for success. */
    int OK = 0;
    /** Exit code for anything that is not the user's fault. */
    int FAILURE = 1;
    /** Exit code for bad input or usage. */
    int BAD_INPUT = 2;

    int run(Invocation invocation) throws Exception;
}
