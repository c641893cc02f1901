package it.polimi.auic.advisor.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code help [COMMAND]}: the usage of the jar, or of one command (the same as {@code COMMAND --help}). */
@Command(name = "help", description = "show the usage of the jar, or of one command")
final class HelpRequest {

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "the command to explain")
    String command;
}
