package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.telegram.format.HtmlRenderer;
import it.polimi.auic.advisor.telegram.receive.BotIdentity;
import it.polimi.auic.advisor.telegram.send.BotApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API through telegrambots' client: our values in, Telegram's request objects out. */
final class TelegramBotApi implements BotApi {

    private final TelegramClient client;

    TelegramBotApi(TelegramClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<?> sendMessage(long chatId, String text, boolean html, List<List<Button>> keyboard) {
        SendMessage message = SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .parseMode(html ? ParseMode.HTML : null)
                .replyMarkup(keyboard.isEmpty() ? null : inlineKeyboard(keyboard))
                .build();
        return execute(message);
    }

    @Override
    public CompletableFuture<?> answerCallback(String callbackQueryId, String text) {
        return execute(AnswerCallbackQuery.builder()
                .callbackQueryId(callbackQueryId)
                .text(text == null || text.isEmpty() ? null : text)
                .build());
    }

    @Override
    public CompletableFuture<?> sendTyping(long chatId) {
        return execute(SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build());
    }

    /** Who the bot is (blocking; at start only). */
    BotIdentity identify() throws TelegramApiException {
        User me = client.execute(new GetMe());
        return new BotIdentity(me.getId() == null ? 0 : me.getId(), me.getUserName());
    }

    /** Publishes the command menu in English (default) and Italian (blocking; at start only). */
    void publishCommands() throws TelegramApiException {
        client.execute(SetMyCommands.builder().commands(BotCommands.english()).build());
        client.execute(SetMyCommands.builder().commands(BotCommands.italian()).languageCode("it").build());
    }

    static InlineKeyboardMarkup inlineKeyboard(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = rows.stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(TelegramBotApi::inlineButton).toList()))
                .toList();
        return new InlineKeyboardMarkup(keyboard);
    }

    private static InlineKeyboardButton inlineButton(Button button) {
        String label = button.label().isBlank() ? button.action() : button.label();
        return InlineKeyboardButton.builder().text(HtmlRenderer.sanitize(label)).callbackData(button.action()).build();
    }

    private <T extends java.io.Serializable> CompletableFuture<T> execute(BotApiMethod<T> method) {
        try {
            return client.executeAsync(method);
        } catch (TelegramApiException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
