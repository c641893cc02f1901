package it.polimi.auic.advisor.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.polimi.auic.advisor.telegram.format.HtmlRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What many chats sent, and the check that each got every answer exactly once and in order. */
final class Conversations {

    private final Map<Long, List<String>> expected = new LinkedHashMap<>();

    void sent(long chatId, String text) {
        expected.computeIfAbsent(chatId, id -> new ArrayList<>()).add(HtmlRenderer.escape("re: " + text));
    }

    int messages() {
        return expected.values().stream().mapToInt(List::size).sum();
    }

    /** Every chat's replies, in the order the server accepted them, are exactly its messages' echoes (as HTML) in order. */
    void assertAnsweredOnceInOrder(List<FakeBotApiServer.Sent> accepted) {
        Map<Long, List<String>> actual = new LinkedHashMap<>();
        for (FakeBotApiServer.Sent sent : accepted) {
            actual.computeIfAbsent(sent.chatId(), id -> new ArrayList<>()).add(sent.text());
        }
        for (Map.Entry<Long, List<String>> chat : expected.entrySet()) {
            assertEquals(chat.getValue(), actual.getOrDefault(chat.getKey(), List.of()), "chat " + chat.getKey());
        }
        assertEquals(expected.keySet(), actual.keySet(), "no reply to a chat that wrote nothing");
    }
}
