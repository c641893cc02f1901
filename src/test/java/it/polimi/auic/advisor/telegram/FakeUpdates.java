package it.polimi.auic.advisor.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Update objects as Telegram sends them, for {@link FakeBotApiServer}. */
public final class FakeUpdates {

    private final ObjectMapper json;
    private long nextMessageId = 1;

    public FakeUpdates(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode botUser(long id, String username) {
        ObjectNode user = json.createObjectNode();
        user.put("id", id);
        user.put("is_bot", true);
        user.put("first_name", "AUIC Advisor");
        user.put("username", username);
        return user;
    }

    public ObjectNode textMessage(long updateId, long chatId, long userId, String text, String languageCode) {
        ObjectNode message = message(chat(chatId, "private"), user(userId, languageCode));
        message.put("text", text);
        addCommandEntity(message, text);
        return update(updateId, "message", message);
    }

    public ObjectNode groupMessage(long updateId, long groupId, long userId, String text) {
        ObjectNode message = message(chat(groupId, "supergroup"), user(userId, "en"));
        message.put("text", text);
        addCommandEntity(message, text);
        return update(updateId, "message", message);
    }

    /** A reply in a group to the bot's message {@code repliedTo}, as Telegram delivers it even in privacy mode. */
    public ObjectNode groupReply(long updateId, long groupId, long userId, String text, long repliedTo) {
        ObjectNode message = message(chat(groupId, "supergroup"), user(userId, "it"));
        message.put("text", text);
        ObjectNode original = message(chat(groupId, "supergroup"), botUser(FakeBotApiServer.BOT_ID,
                FakeBotApiServer.BOT_USERNAME));
        original.put("message_id", repliedTo);
        original.put("text", "the bot's message");
        message.set("reply_to_message", original);
        return update(updateId, "message", message);
    }

    public ObjectNode photoMessage(long updateId, long chatId, long userId) {
        ObjectNode message = message(chat(chatId, "private"), user(userId, "en"));
        ObjectNode photo = message.putArray("photo").addObject();
        photo.put("file_id", "photo-" + updateId);
        photo.put("file_unique_id", "u" + updateId);
        photo.put("width", 10);
        photo.put("height", 10);
        return update(updateId, "message", message);
    }

    public ObjectNode groupPhoto(long updateId, long groupId, long userId) {
        ObjectNode update = photoMessage(updateId, groupId, userId);
        ((ObjectNode) update.path("message").path("chat")).put("type", "supergroup");
        return update;
    }

    public ObjectNode buttonPress(long updateId, long chatId, long userId, String data, String languageCode) {
        ObjectNode query = json.createObjectNode();
        query.put("id", "cb-" + updateId);
        query.set("from", user(userId, languageCode));
        ObjectNode shown = message(chat(chatId, chatId > 0 ? "private" : "supergroup"), botUser(FakeBotApiServer.BOT_ID,
                FakeBotApiServer.BOT_USERNAME));
        shown.put("text", "a message with buttons");
        query.set("message", shown);
        query.put("chat_instance", "instance-" + chatId);
        query.put("data", data);
        return update(updateId, "callback_query", query);
    }

    public ObjectNode sentMessage(long messageId, long chatId, String text) {
        ObjectNode message = message(chat(chatId, chatId > 0 ? "private" : "supergroup"),
                botUser(FakeBotApiServer.BOT_ID, FakeBotApiServer.BOT_USERNAME));
        message.put("message_id", messageId);
        message.put("text", text);
        return message;
    }

    private ObjectNode update(long updateId, String kind, ObjectNode content) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", updateId);
        update.set(kind, content);
        return update;
    }

    private ObjectNode message(ObjectNode chat, ObjectNode from) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId++);
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat);
        message.set("from", from);
        return message;
    }

    private ObjectNode chat(long id, String type) {
        ObjectNode chat = json.createObjectNode();
        chat.put("id", id);
        chat.put("type", type);
        if (!"private".equals(type)) {
            chat.put("title", "AUIC students");
        }
        return chat;
    }

    private ObjectNode user(long id, String languageCode) {
        ObjectNode user = json.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", "Student " + id);
        user.put("last_name", "Rossi");
        user.put("username", "student_" + id);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    private void addCommandEntity(ObjectNode message, String text) {
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            ObjectNode entity = message.putArray("entities").addObject();
            entity.put("type", "bot_command");
            entity.put("offset", 0);
            entity.put("length", end < 0 ? text.length() : end);
        }
    }
}
