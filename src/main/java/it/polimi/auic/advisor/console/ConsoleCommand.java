package it.polimi.auic.advisor.console;

import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.Language;
import it.polimi.auic.advisor.cli.Command;
import it.polimi.auic.advisor.cli.Invocation;
import it.polimi.auic.advisor.cli.UsageException;

/** {@code console [--it]}: chat with the advisor on the terminal; the default command. */
public final class ConsoleCommand implements Command {

    @Override
    public int run(Invocation invocation) throws Exception {
        for (String arg : invocation.args()) {
            if (!arg.equals("--it") && !arg.equals("--en")) {
                throw new UsageException("console: unknown argument " + arg + "; use --it or --en for the language");
            }
        }
        try (Advisor advisor = Advisor.serve(invocation.knowledgeDir(), invocation.configDir())) {
            new ConsoleChat(advisor.chat(), language(invocation)).run(invocation.in(), invocation.out());
        }
        return OK;
    }

    private static Language language(Invocation invocation) {
        if (invocation.hasFlag("--it")) {
            return Language.IT;
        }
        if (invocation.hasFlag("--en")) {
            return Language.EN;
        }
        String lang = invocation.env().getOrDefault("LANG", "");
        return Language.fromCode(lang.isEmpty() ? null : lang);
    }
}
