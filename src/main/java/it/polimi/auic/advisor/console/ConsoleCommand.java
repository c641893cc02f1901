package it.polimi.auic.advisor.console;

import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.ExitCode;
import it.polimi.auic.advisor.command.Invocation;
import it.polimi.auic.advisor.logging.LogSetup;
import it.polimi.auic.advisor.reload.ReloadOutcome;
import picocli.CommandLine.Option;

/** {@code console [--it]}: chat with the advisor on the terminal; the default command. */
@picocli.CommandLine.Command(name = "console", description = "chat on the terminal (the default without a token)")
public final class ConsoleCommand implements Command {

    /** Where the console's log goes, under the data folder of config/advisor.json. */
    static final String LOG_FILE = "logs/console.log";

    @Option(names = "--it", description = "chat in Italian whatever the language of your messages")
    private boolean italian;

    @Option(names = "--en", description = "chat in English whatever the language of your messages")
    private boolean english;

    @Override
    public int run(Invocation invocation) throws Exception {
        try (Advisor advisor = Advisor.serve(invocation.knowledgeDir(), invocation.configDir())) {
            // The terminal is the chat: log lines would land between the messages.
            LogSetup.toFile(advisor.config().general().dataPath().resolve(LOG_FILE));
            ConsoleChat console = new ConsoleChat(advisor.chat(), new ConsoleChat.Reloads() {
                @Override
                public ReloadOutcome reload() {
                    return advisor.reload();
                }

                @Override
                public ReloadOutcome confirm() {
                    return advisor.confirmReload();
                }
            }, language(invocation), italian || english);
            advisor.onReload(console::reloaded);
            console.run(invocation.in(), invocation.out());
        }
        return ExitCode.OK;
    }

    private Language language(Invocation invocation) {
        if (italian) {
            return Language.IT;
        }
        if (english) {
            return Language.EN;
        }
        String lang = invocation.env().getOrDefault("LANG", "");
        return Language.fromCode(lang.isEmpty() ? null : lang);
    }
}
