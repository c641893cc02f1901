package it.polimi.auic.advisor.command;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what picocli refuses into the contract's one line on stderr: the command, the argument at fault (quoted
 * short, without control characters), and the command's usage, e.g.
 * {@code ask: unknown option '--jsn'; usage: ask [--json] [--batch] [--explain] [--it] [QUESTION...]}.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static String describe(ParameterException e) {
        CommandLine where = e.getCommandLine();
        boolean root = where.getParent() == null;
        String prefix = root ? "" : where.getCommandName() + ": ";
        return prefix + problem(e, root) + "; usage: " + synopsis(where.getCommandSpec());
    }

    private static String problem(ParameterException e, boolean root) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            String quoted = "'" + ArgumentText.quote(argument) + "'";
            if (argument.startsWith("-")) {
                // An "option" with a space in it is text, such as a question: say how to pass it.
                boolean text = argument.chars().anyMatch(Character::isWhitespace);
                return "unknown option " + quoted + (text ? " (text that starts with '-' goes after '--')" : "");
            }
            return (root ? "unknown command " : "unexpected argument ") + quoted;
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return option.longestName() + " needs a value (" + option.paramLabel() + ")";
        }
        if (e.getCause() instanceof TypeConversionException conversion && e.getArgSpec() != null) {
            return name(e.getArgSpec()) + " " + conversion.getMessage();
        }
        return ArgumentText.quote(e.getMessage().lines().findFirst().orElse("bad usage"));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /**
     * The command's own options and parameters on one line, leaving out {@code --help} and the folder options
     * every command takes; a parameter with a fixed set of values lists them.
     */
    static String synopsis(CommandSpec spec) {
        List<String> parts = new ArrayList<>();
        parts.add(spec.name());
        for (OptionSpec option : spec.options()) {
            if (option.inherited() || option.usageHelp() || option.hidden()) {
                continue;
            }
            String value = option.arity().max() > 0 ? " " + option.paramLabel() : "";
            parts.add(option.required() ? option.longestName() + value : "[" + option.longestName() + value + "]");
        }
        if (spec.parent() == null) {
            parts.add("COMMAND");
        }
        List<String> candidates = new ArrayList<>();
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            String label = parameter.paramLabel() + (parameter.arity().max() > 1 ? "..." : "");
            parts.add(parameter.arity().min() > 0 ? label : "[" + label + "]");
            if (parameter.completionCandidates() != null) {
                candidates.add(parameter.paramLabel() + ": " + String.join(", ",
                        StreamSupport.stream(parameter.completionCandidates().spliterator(), false).toList()));
            }
        }
        if (spec.parent() == null) {
            candidates.add("COMMAND: " + String.join(", ", spec.subcommands().keySet()));
        }
        String line = String.join(" ", parts);
        return candidates.isEmpty() ? line : line + " (" + String.join("; ", candidates) + ")";
    }
}
