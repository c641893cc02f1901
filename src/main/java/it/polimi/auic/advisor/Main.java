package it.polimi.auic.advisor;

import it.polimi.auic.advisor.cli.AskCommand;
import it.polimi.auic.advisor.cli.CalcCommand;
import it.polimi.auic.advisor.cli.CheckKnowledgeCommand;
import it.polimi.auic.advisor.cli.EvalCommand;
import it.polimi.auic.advisor.cli.ReportCommand;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.Launcher;
import it.polimi.auic.advisor.console.ConsoleCommand;
import it.polimi.auic.advisor.telegram.TelegramCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Entry point: the jar's commands, one per adapter use, handed to the {@link Launcher}, which parses the command
 * line and turns failures into exit codes. The only class that knows every adapter.
 */
public final class Main {

    private static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, System.getenv());
        out.flush();
        System.exit(code);
    }

    /** Fresh instances at every run: parsing fills their fields. */
    static List<Command> commands() {
        return List.of(new AskCommand(), new CalcCommand(), new ConsoleCommand(), new TelegramCommand(),
                new CheckKnowledgeCommand(), new EvalCommand(), new ReportCommand());
    }

    /** Runs one command line and returns its exit code; never throws. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        return new Launcher(commands(), Main::defaultCommand).run(args, stdin, out, err, env);
    }

    /** Without a command: the bot when a token is set, the terminal chat otherwise. */
    private static String defaultCommand(Map<String, String> env) {
        String token = env.get(TOKEN_VARIABLE);
        return token != null && !token.isBlank() ? "telegram" : "console";
    }
}
