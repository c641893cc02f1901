package it.polimi.auic.advisor.console;

import it.polimi.auic.advisor.cli.Command;
import it.polimi.auic.advisor.cli.Invocation;

/** {@code console}: placeholder. */
public final class ConsoleCommand implements Command {

    @Override
    public int run(Invocation invocation) {
        invocation.out().println("console not ready");
        return OK;
    }
}
