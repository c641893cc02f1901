package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.cli.Command;
import it.polimi.auic.advisor.cli.Invocation;
import it.polimi.auic.advisor.cli.UsageException;

/** {@code telegram}: placeholder until the bot lands. */
public final class TelegramCommand implements Command {

    @Override
    public int run(Invocation invocation) {
        throw new UsageException("telegram: the bot is not available yet");
    }
}
