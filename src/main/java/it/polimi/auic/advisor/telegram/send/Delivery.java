package it.polimi.auic.advisor.telegram.send;

import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.telegram.format.MessageText;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One message on its way through the {@link OutgoingQueue}: which form goes next and how often it failed. */
final class Delivery {
    final long chatId;
    final MessageText text;
    final List<List<Button>> keyboard;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private Runnable onHandOver;
    /** What the Bot API returned for it (the sent message), once delivered; null while not, or given up. */
    volatile Object response;
    boolean plain;
    int failures;

    Delivery(long chatId, MessageText text, List<List<Button>> keyboard, Runnable onHandOver) {
        this.chatId = chatId;
        this.text = text;
        this.keyboard = keyboard;
        this.onHandOver = onHandOver;
    }

    Runnable takeOnHandOver() {
        Runnable hook = onHandOver;
        onHandOver = null;
        return hook;
    }
}
