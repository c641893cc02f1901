package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.Main;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.Launcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs the jar's entry point in-process with given stdin, capturing exit code, stdout and stderr. */
public record CommandLine(int exit, String out, String err) {

    public static CommandLine run(String stdin, String... args) {
        return capture(stdin, (in, out, err) -> Main.run(args, in, out, err, Map.of()));
    }

    /**
     * Runs one command instance (say, with an injected clock) exactly as the jar would: parsed by the same
     * {@link Launcher}, failures turned into exit codes the same way. The command line must name the command.
     */
    public static CommandLine run(Command command, String stdin, String... args) {
        Launcher launcher = new Launcher(List.of(command), env -> "none");
        return capture(stdin, (in, out, err) -> launcher.run(args, in, out, err, Map.of()));
    }

    private interface Run {
        int run(ByteArrayInputStream in, PrintStream out, PrintStream err);
    }

    private static CommandLine capture(String stdin, Run run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** No stack trace and no Java exception name reached the user. */
    public boolean clean() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception");
    }
}
