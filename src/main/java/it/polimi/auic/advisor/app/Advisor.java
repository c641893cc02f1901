package it.polimi.auic.advisor.app;

import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.config.AdvisorConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The advisor's core, assembled: what every adapter (Telegram, console, CLI) talks to. Placeholder wiring. */
public final class Advisor implements AutoCloseable {

    private final AdvisorConfig config;
    private final List<Consumer<String>> adminListeners = new CopyOnWriteArrayList<>();

    private Advisor(AdvisorConfig config) {
        this.config = config;
    }

    public static Advisor load(Path knowledgeDir, Path configDir) {
        return new Advisor(AdvisorConfig.load(configDir));
    }

    public ChatHandler chat() {
        return request -> ChatReply.text("The advisor is not ready yet.");
    }

    public AdvisorConfig config() {
        return config;
    }

    /** Registers where messages for the admins go (the Telegram adapter sends them privately). */
    public void onAdminNotice(Consumer<String> listener) {
        adminListeners.add(listener);
    }

    @Override
    public void close() {
    }
}
