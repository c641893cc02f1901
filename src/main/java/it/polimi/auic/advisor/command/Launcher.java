package it.polimi.auic.advisor.command;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one command line: parses it with picocli (each command's {@code --help}, {@code --} to end the options),
 * picks the default command when none is named, runs the command, and is the only place that turns failures into
 * exit codes: usage errors exit 2 with one line on stderr, anything else 1 with one line; no stack trace reaches
 * the user.
 */
public final class Launcher {

    private final List<Command> commands;
    private final Function<Map<String, String>, String> defaultCommand;

    /**
     * @param commands       the commands, each annotated with picocli's {@code @Command}; fresh instances, since
     *                       parsing fills their fields
     * @param defaultCommand the name of the command to run when the command line names none, given the environment
     */
    public Launcher(List<Command> commands, Function<Map<String, String>, String> defaultCommand) {
        this.commands = List.copyOf(commands);
        this.defaultCommand = Objects.requireNonNull(defaultCommand, "defaultCommand");
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        try {
            return dispatch(args, stdin, out, err, env);
        } catch (ParameterException e) {
            err.println(UsageErrors.describe(e));
            return ExitCode.BAD_INPUT;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            err.println("error: " + describe(e));
            return ExitCode.FAILURE;
        }
    }

    /** The grammar of one command line: where the folder options land, and the commands to parse into. */
    private record Grammar(GlobalOptions options, CommandLine line) {
    }

    /** A command line parsed by a grammar. */
    private record Parsed(Grammar grammar, ParseResult result) {
    }

    private int dispatch(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env)
            throws Exception {
        Parsed parsed = parseWithDefault(args, env);
        for (CommandLine asked : parsed.result().asCommandLineList()) {
            if (asked.isUsageHelpRequested()) {
                out.print(asked.getUsageMessage(Help.Ansi.OFF));
                return ExitCode.OK;
            }
        }
        Object target = parsed.result().subcommand().commandSpec().userObject();
        if (target instanceof HelpRequest help) {
            return printHelp(parsed.grammar().line(), help, out);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        GlobalOptions options = parsed.grammar().options();
        return ((Command) target).run(new Invocation(options.knowledgeDir, options.configDir, in, out, err, env));
    }

    /**
     * Without a command name (nothing, or only options such as {@code --it}), the command line is the default
     * command's: {@code java -jar auic-advisor.jar --it} is {@code console --it}.
     */
    private Parsed parseWithDefault(String[] args, Map<String, String> env) {
        Grammar asGiven = grammar();
        try {
            ParseResult result = asGiven.line().parseArgs(args);
            if (result.hasSubcommand() || result.isUsageHelpRequested()) {
                return new Parsed(asGiven, result);
            }
        } catch (UnmatchedArgumentException e) {
            boolean unknownOption = e.getCommandLine() == asGiven.line() && !e.getUnmatched().isEmpty()
                    && e.getUnmatched().get(0).startsWith("-");
            if (!unknownOption) {
                throw e;
            }
        }
        List<String> withDefault = new ArrayList<>();
        withDefault.add(defaultCommand.apply(env));
        withDefault.addAll(List.of(args));
        Grammar asDefault = grammar();
        return new Parsed(asDefault, asDefault.line().parseArgs(withDefault.toArray(String[]::new)));
    }

    private int printHelp(CommandLine line, HelpRequest help, PrintStream out) {
        CommandLine about = help.command == null ? line : line.getSubcommands().get(help.command);
        if (about == null) {
            throw new UsageException("help: unknown command '" + ArgumentText.quote(help.command) + "'; usage: "
                    + UsageErrors.synopsis(line.getCommandSpec()));
        }
        out.print(about.getUsageMessage(Help.Ansi.OFF));
        return ExitCode.OK;
    }

    private Grammar grammar() {
        GlobalOptions options = new GlobalOptions();
        CommandLine line = new CommandLine(options);
        for (Command command : commands) {
            line.addSubcommand(command);
        }
        line.addSubcommand(new HelpRequest());
        // Set after the subcommands are added: picocli applies these to the commands it has at that moment.
        line.setExpandAtFiles(false); // "@AUIC_bot ..." is a question, not a file to read arguments from
        line.setOverwrittenOptionsAllowed(true); // "ask --json --json" meant --json
        line.setUsageHelpAutoWidth(false);
        return new Grammar(options, line);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : message.lines().findFirst().orElse(kind);
    }
}
