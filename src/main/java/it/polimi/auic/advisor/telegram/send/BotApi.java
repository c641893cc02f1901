package it.polimi.auic.advisor.telegram.send;

import it.polimi.auic.advisor.chat.Button;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Bot API calls the outgoing side makes, asynchronously. A future that fails carries what
 * {@link ApiFailure#classify} understands. Tests put a scripted fake here; {@code telegram.TelegramBotApi} is the
 * real one.
 */
public interface BotApi {

    CompletableFuture<?> sendMessage(long chatId, String text, boolean html, List<List<Button>> keyboard);

    CompletableFuture<?> answerCallback(String callbackQueryId, String text);

    CompletableFuture<?> sendTyping(long chatId);
}
