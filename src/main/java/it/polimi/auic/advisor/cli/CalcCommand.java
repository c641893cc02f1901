package it.polimi.auic.advisor.cli;

/** {@code calc NAME --json}: placeholder until the calculators land. */
public final class CalcCommand implements Command {

    @Override
    public int run(Invocation invocation) {
        throw new UsageException("calc: the calculators are not available yet");
    }
}
