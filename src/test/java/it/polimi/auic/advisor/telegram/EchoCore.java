package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.chat.ChatRequest;

/** A chat core that answers "re: " and the text, so every reply names the message it answers. */
final class EchoCore implements ChatHandler {

    @Override
    public ChatReply handle(ChatRequest request) {
        return ChatReply.text("re: " + request.text());
    }
}
