package it.polimi.auic.advisor.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Conversations by chat, forgotten after a quiet spell: nothing a student typed outlives it. The ticker is
 * injected so tests can move time without waiting.
 */
public final class ConversationStore {

    private static final long MAX_CHATS = 100_000;

    private final Cache<String, Conversation> conversations;

    public ConversationStore(Duration idle, Ticker ticker) {
        this.conversations = Caffeine.newBuilder()
                .expireAfterAccess(idle)
                .maximumSize(MAX_CHATS)
                .ticker(ticker)
                .build();
    }

    Conversation get(String chatId) {
        Conversation conversation = conversations.getIfPresent(chatId);
        return conversation == null ? Conversation.EMPTY : conversation;
    }

    void put(String chatId, Conversation conversation) {
        if (conversation.isEmpty()) {
            conversations.invalidate(chatId);
        } else {
            conversations.put(chatId, conversation);
        }
    }
}
