package it.polimi.auic.advisor.command;

/**
 * One command of the jar ({@code ask}, {@code calc}, {@code telegram}, ...). An implementation is a picocli command:
 * its {@code @Command} annotation gives its name and description, and its {@code @Option} and {@code @Parameters}
 * fields are filled from the command line by the {@link Launcher} before {@link #run} is called, so a command
 * only checks what the grammar cannot (a question or {@code --batch}, a calculator's name).
 */
@FunctionalInterface
public interface Command {

    /**
     * Runs the command with its options parsed.
     *
     * @return the process exit code, one of {@link ExitCode}
     * @throws UsageException for bad usage or bad input: exit code 2 and its message, one line, on stderr
     */
    int run(Invocation invocation) throws Exception;
}
