package it.polimi.auic.advisor.app;

import it.polimi.auic.advisor.chat.StaffDesk;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The staff desk the chat core talks to, attached once the adapter that reaches the staff is up (the
 * Telegram bot needs the chat core before it can post anything): until then, and for the console, none.
 */
final class AttachableStaffDesk implements StaffDesk {

    private final AtomicReference<StaffDesk> attached = new AtomicReference<>(StaffDesk.NONE);

    void attach(StaffDesk desk) {
        attached.set(desk);
    }

    @Override
    public boolean available() {
        return attached.get().available();
    }

    @Override
    public Duration keptFor() {
        return attached.get().keptFor();
    }

    @Override
    public boolean send(String chatId, String question) {
        return attached.get().send(chatId, question);
    }

    @Override
    public List<Waiting> waiting() {
        return attached.get().waiting();
    }
}
