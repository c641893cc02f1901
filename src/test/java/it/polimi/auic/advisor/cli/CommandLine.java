package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the jar's entry point in-process with given stdin, capturing exit code, stdout and stderr. */
public record CommandLine(int exit, String out, String err) {

    public static CommandLine run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        return new CommandLine(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** No stack trace and no Java exception name reached the user. */
    public boolean clean() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception");
    }
}
