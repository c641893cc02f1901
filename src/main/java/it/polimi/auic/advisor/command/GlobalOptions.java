package it.polimi.auic.advisor.command;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after the command's name ({@code INHERIT}): where the knowledge and
 * the config are, and {@code --help}.
 */
@Command(name = "java -jar auic-advisor.jar", synopsisSubcommandLabel = "[COMMAND]",
        description = "The AUIC student advisor. Without a COMMAND: console, or telegram when TELEGRAM_BOT_TOKEN is set.",
        commandListHeading = "%nCommands:%n")
final class GlobalOptions {

    @Option(names = "--knowledge", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "the knowledge folder (default: knowledge)")
    Path knowledgeDir = Path.of("knowledge");

    @Option(names = "--config", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "the config folder (default: config)")
    Path configDir = Path.of("config");

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "show this help")
    boolean help;
}
