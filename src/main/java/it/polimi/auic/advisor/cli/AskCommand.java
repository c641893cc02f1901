package it.polimi.auic.advisor.cli;

/** {@code ask}: placeholder. */
public final class AskCommand implements Command {

    @Override
    public int run(Invocation invocation) {
        throw new UsageException("ask: not ready");
    }
}
