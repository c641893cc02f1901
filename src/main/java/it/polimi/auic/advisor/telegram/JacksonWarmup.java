package it.polimi.auic.advisor.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.polimi.auic.advisor.chat.Button;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Reads and writes one of each Bot API object the bot handles before the first update arrives. Jackson builds its
 * (de)serializers for telegrambots' large object model on first use, which takes seconds; without this, the first
 * students of a burst would wait for it.
 */
final class JacksonWarmup {

    private static final Logger log = LoggerFactory.getLogger(JacksonWarmup.class);

    private static final String USER = "{\"id\":5,\"is_bot\":false,\"first_name\":\"A\",\"language_code\":\"en\"}";
    private static final String CHAT = "{\"id\":5,\"type\":\"private\"}";
    private static final String MESSAGE = "{\"message_id\":1,\"date\":1700000000,\"chat\":" + CHAT + ",\"from\":" + USER
            + ",\"text\":\"/start x\",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":6}]}";
    private static final String UPDATES = "{\"ok\":true,\"result\":[{\"update_id\":1,\"message\":" + MESSAGE + "},"
            + "{\"update_id\":2,\"callback_query\":{\"id\":\"q\",\"from\":" + USER + ",\"message\":" + MESSAGE
            + ",\"chat_instance\":\"c\",\"data\":\"d\"}}]}";

    private JacksonWarmup() {
    }

    static void run(ObjectMapper clientMapper) {
        long started = System.nanoTime();
        try {
            new GetUpdates().deserializeResponse(UPDATES);
            SendMessage message = SendMessage.builder().chatId(5L).text("x").parseMode(ParseMode.HTML)
                    .replyMarkup(TelegramBotApi.inlineKeyboard(List.of(List.of(new Button("a", "b"))))).build();
            clientMapper.writeValueAsString(message);
            clientMapper.writeValueAsString(AnswerCallbackQuery.builder().callbackQueryId("q").text("t").build());
            clientMapper.writeValueAsString(GetUpdates.builder().offset(1).limit(100).timeout(0).build());
            message.deserializeResponse("{\"ok\":true,\"result\":" + MESSAGE + "}");
        } catch (JsonProcessingException | TelegramApiRequestException | RuntimeException e) {
            log.debug("warm-up incomplete: {}", e.getMessage());
        }
        log.debug("Bot API objects ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
