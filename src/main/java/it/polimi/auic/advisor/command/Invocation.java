package it.polimi.auic.advisor.command;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a command may touch of the outside world besides its own options, handed in so that commands can be
 * run and tested without a process: the folders, the streams, the environment.
 */
public record Invocation(
        Path knowledgeDir,
        Path configDir,
        BufferedReader in,
        PrintStream out,
        PrintStream err,
        Map<String, String> env) {

    public Invocation {
        env = Map.copyOf(env);
    }
}
