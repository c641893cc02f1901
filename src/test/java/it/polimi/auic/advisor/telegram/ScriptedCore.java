package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatHandler;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.chat.ChatRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in chat core with a fixed script: /start with a calculator button, a two-step calculator flow with
 * buttons, cited answers full of HTML-special characters, and "boom" that throws. Records every request.
 */
final class ScriptedCore implements ChatHandler {

    final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public ChatReply handle(ChatRequest request) {
        requests.add(request);
        String text = request.text();
        if (text.equals("boom")) {
            throw new IllegalStateException("scripted failure");
        }
        if (text.startsWith("/start")) {
            return ChatReply.builder()
                    .text(request.language().pick("Hi! I answer questions on the AUIC rules <MSc> & more.",
                            "Ciao! Rispondo a domande sulle regole AUIC <LM> & altro."))
                    .buttons(new Button(request.language().pick("Automatic admission", "Ammissione automatica"), "calc:admission"))
                    .build();
        }
        if (text.equals("calc:admission")) {
            return ChatReply.builder().text("Is your BSc from the Politecnico?")
                    .buttons(new Button("Yes", "calc:admission:yes"), new Button("No", "calc:admission:no")).build();
        }
        if (text.equals("calc:admission:yes")) {
            return new ChatReply(ChatReply.builder().strong("Outcome: AUTOMATIC")
                    .quote("N >= 104 & V >= 27 <by the check date>")
                    .source("Programme rules, 1.3.1 Automatic admission").build().blocks(), List.of(), "Noted");
        }
        if (text.equals("feedback:up")) {
            return ChatReply.notice("Thanks for your feedback");
        }
        return ChatReply.builder().text("You asked: " + text)
                .quote("Workshops <W> & seminars are recognised up to 6 ECTS")
                .source("Programme rules, 7.2 Workshops")
                .buttons(new Button("\uD83D\uDC4D", "feedback:up"), new Button("\uD83D\uDC4E", "feedback:down"))
                .build();
    }
}
