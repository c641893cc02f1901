package it.polimi.auic.advisor;

import it.polimi.auic.advisor.cli.AskCommand;
import it.polimi.auic.advisor.cli.CalcCommand;
import it.polimi.auic.advisor.cli.CheckKnowledgeCommand;
import it.polimi.auic.advisor.cli.EvalCommand;
import it.polimi.auic.advisor.cli.Command;
import it.polimi.auic.advisor.cli.Invocation;
import it.polimi.auic.advisor.cli.ReportCommand;
import it.polimi.auic.advisor.cli.UsageException;
import it.polimi.auic.advisor.config.ConfigException;
import it.polimi.auic.advisor.console.ConsoleCommand;
import it.polimi.auic.advisor.knowledge.KnowledgeException;
import it.polimi.auic.advisor.telegram.TelegramCommand;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point: picks the command, wires the adapters to the core, and is the only place that turns
 * failures into exit codes. No stack trace reaches the user from here.
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

    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("ask", new AskCommand());
        commands.put("calc", new CalcCommand());
        commands.put("console", new ConsoleCommand());
        commands.put("telegram", new TelegramCommand());
        commands.put("check-knowledge", new CheckKnowledgeCommand());
        commands.put("eval", new EvalCommand());
        commands.put("report", new ReportCommand());
        return commands;
    }

    /** Runs one command line and returns its exit code; never throws. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        try {
            return dispatch(args, stdin, out, err, env);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return Command.BAD_INPUT;
        } catch (ConfigException | KnowledgeException e) {
            err.println("error: " + e.getMessage());
            return Command.FAILURE;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            err.println("error: " + describe(e));
            return Command.FAILURE;
        }
    }

    private static int dispatch(String[] args, InputStream stdin, PrintStream out, PrintStream err,
                                Map<String, String> env) throws Exception {
        Path knowledgeDir = Path.of("knowledge");
        Path configDir = Path.of("config");
        String commandName = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--knowledge") || arg.equals("--config")) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a folder");
                }
                Path dir = Path.of(args[++i]);
                if (arg.equals("--knowledge")) {
                    knowledgeDir = dir;
                } else {
                    configDir = dir;
                }
            } else if (commandName == null && !arg.startsWith("--")) {
                commandName = arg;
            } else {
                rest.add(arg);
            }
        }
        if (commandName == null) {
            commandName = hasToken(env) ? "telegram" : "console";
        }
        if (commandName.equals("help") || rest.contains("--help")) {
            out.println(usage());
            return Command.OK;
        }
        Command command = commands().get(commandName);
        if (command == null) {
            throw new UsageException("unknown command '" + commandName + "'; " + usage().lines().findFirst().orElse(""));
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        return command.run(new Invocation(rest, knowledgeDir, configDir, in, out, err, env));
    }

    private static boolean hasToken(Map<String, String> env) {
        String token = env.get(TOKEN_VARIABLE);
        return token != null && !token.isBlank();
    }

    private static String usage() {
        return "usage: java -jar auic-advisor.jar [--knowledge DIR] [--config DIR] COMMAND, where COMMAND is one of "
                + String.join(", ", commands().keySet()) + "\n"
                + "  ask --json [--explain] \"QUESTION\" | ask --json --batch   answer regulation questions\n"
                + "  calc NAME --json                                        run a calculator on a JSON object from stdin\n"
                + "  console                                                 chat on the terminal (the default)\n"
                + "  telegram                                                run the Telegram bot (needs " + TOKEN_VARIABLE + ")\n"
                + "  check-knowledge                                         validate knowledge/ and config/ (exit 0 or 2)\n"
                + "  eval FILE                                               score the advisor on a question file\n"
                + "  report [--json] [--since DATE] [--kind KIND]            unanswered questions and unhelpful answers, grouped";
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : message.lines().findFirst().orElse(kind);
    }
}
