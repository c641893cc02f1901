package it.polimi.auic.advisor.chat;

/**
 * The chat core as the adapters see it: one request in, one reply out. Implementations are thread-safe;
 * an adapter calls it for one chat at a time, in the order the chat's messages arrived.
 */
@FunctionalInterface
public interface ChatHandler {

    ChatReply handle(ChatRequest request);
}
