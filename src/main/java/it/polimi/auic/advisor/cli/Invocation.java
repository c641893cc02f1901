package it.polimi.auic.advisor.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a command may touch of the outside world, handed in so that commands can be run and
 * tested without a process: arguments after the command name, the folders, the streams, the environment.
 */
public record Invocation(
        List<String> args,
        Path knowledgeDir,
        Path configDir,
        BufferedReader in,
        PrintStream out,
        PrintStream err,
        Map<String, String> env) {

    public Invocation {
        args = List.copyOf(args);
        env = Map.copyOf(env);
    }

    public boolean hasFlag(String flag) {
        return args.contains(flag);
    }

    /** The arguments that are not flags (do not start with "--"). */
    public List<String> positional() {
        return args.stream().filter(a -> !a.startsWith("--")).toList();
    }
}
