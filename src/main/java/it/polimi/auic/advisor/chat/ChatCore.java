package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.search.SearchResult;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every student message goes, whichever adapter it came through: commands and button presses,
 * calculator conversations, greetings, and regulation questions answered from the index.
 */
public final class ChatCore implements ChatHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCore.class);
    /** Longer messages are cut; no student question needs more. */
    static final int MAX_MESSAGE_CHARS = 2000;

    private final Supplier<Snapshot> snapshots;
    private final Calculators calculators;
    private final ConversationStore conversations;
    private final FeedbackSink feedback;
    private final StaffCommands staff;

    public ChatCore(Supplier<Snapshot> snapshots, Calculators calculators, ConversationStore conversations,
                    FeedbackSink feedback, AdminActions admin) {
        this.snapshots = snapshots;
        this.calculators = calculators;
        this.conversations = conversations;
        this.feedback = feedback;
        this.staff = new StaffCommands(snapshots, admin);
    }

    @Override
    public ChatReply handle(ChatRequest request) {
        try {
            return route(request, clean(request.text()));
        } catch (RuntimeException e) {
            // Neither the chat nor the message is logged: both can identify a student or carry their grades.
            LOG.error("could not answer a message: {} at {}", e.getClass().getName(), origin(e));
            return ChatReply.text(Texts.failure(request.language()));
        }
    }

    /** Answers one regulation question, without a conversation: for the CLI and for evaluation. */
    public QuestionAnswer answer(String question, Language language) {
        Snapshot snapshot = snapshots.get();
        SearchResult result = snapshot.search().search(question, language.core());
        ChatReply reply = result.answerable()
                ? AnswerComposer.answer(snapshot.search(), result, 0, language).withKeyboard(java.util.List.of())
                : AnswerComposer.notFound(result, language);
        return new QuestionAnswer(result, reply, snapshot);
    }

    private ChatReply route(ChatRequest request, String text) {
        Language language = request.language();
        Conversation conversation = conversations.get(request.chatId());
        if (text.isEmpty()) {
            return ChatReply.text(Texts.emptyMessage(language));
        }
        Optional<ButtonAction> action = ButtonAction.parse(text);
        if (action.isPresent()) {
            return new AnswerButtons(snapshots.get(), feedback).press(action.get(), conversation, language);
        }
        Optional<ChatCommand> command = ChatCommand.parse(text);
        if (command.isPresent()) {
            Optional<ChatReply> reply = command(request, command.get(), conversation);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        Optional<CalculatorTurn> calculator = calculators.startIfAsked(text, language);
        if (calculator.isPresent()) {
            return started(request, calculator.get(), conversation);
        }
        if (command.isPresent()) {
            return ChatReply.text(Texts.unknownCommand(language, "/" + command.get().name()));
        }
        if (conversation.flow().isPresent()) {
            return continueFlow(request, text, conversation);
        }
        return switch (SmallTalk.of(text)) {
            case GREETING -> Welcome.reply(language);
            case THANKS -> ChatReply.text(Texts.thanks(language));
            case NONE -> question(request, text, conversation);
        };
    }

    private Optional<ChatReply> command(ChatRequest request, ChatCommand command, Conversation conversation) {
        Language language = request.language();
        switch (command.name()) {
            case "start":
                if (!command.argument().isEmpty()) {
                    Optional<CalculatorTurn> deepLink = calculators.startIfAsked("/" + command.argument(), language);
                    if (deepLink.isPresent()) {
                        return Optional.of(started(request, deepLink.get(), conversation));
                    }
                }
                return Optional.of(Welcome.reply(language));
            case "help":
                return Optional.of(Welcome.help(language));
            case "cancel":
                if (conversation.flow().isEmpty()) {
                    return Optional.of(ChatReply.text(Texts.nothingToCancel(language)));
                }
                return Optional.of(continueFlow(request, "/cancel", conversation));
            case "why":
                return Optional.of(conversation.latestAnswer()
                        .map(a -> AnswerComposer.sources(snapshots.get().search(), a.result()))
                        .orElse(ChatReply.text(Texts.noAnswerYet(language))));
            default:
                return staff.handle(request, command);
        }
    }

    private ChatReply started(ChatRequest request, CalculatorTurn turn, Conversation conversation) {
        conversations.put(request.chatId(), conversation.withFlow(turn.pending()));
        return turn.reply();
    }

    private ChatReply continueFlow(ChatRequest request, String text, Conversation conversation) {
        Calculators.Pending pending = conversation.flow().orElseThrow();
        CalculatorTurn turn = pending.next(text, request.language());
        if (turn.rejected() && looksLikeQuestion(text)) {
            Snapshot snapshot = snapshots.get();
            SearchResult result = snapshot.search().search(text, request.language().core());
            if (result.answerable()) {
                Conversation updated = conversation.withAnswer(result);
                conversations.put(request.chatId(), updated);
                ChatReply answer = AnswerComposer.answer(snapshot.search(), result, updated.counter(), request.language());
                ChatReply resume = pending.resume(request.language());
                return ChatReply.builder()
                        .blocks(answer.blocks())
                        .blocks(resume.blocks())
                        .keyboard(resume.keyboard())
                        .build();
            }
        }
        conversations.put(request.chatId(), conversation.withFlow(turn.pending()));
        return turn.reply();
    }

    private ChatReply question(ChatRequest request, String text, Conversation conversation) {
        Snapshot snapshot = snapshots.get();
        SearchResult result = snapshot.search().search(text, request.language().core());
        if (!result.answerable()) {
            feedback.unanswered(result.question());
            return AnswerComposer.notFound(result, request.language());
        }
        Conversation updated = conversation.withAnswer(result);
        conversations.put(request.chatId(), updated);
        return AnswerComposer.answer(snapshot.search(), result, updated.counter(), request.language());
    }

    private static String origin(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length == 0 ? "unknown place" : frames[0].toString();
    }

    /** A message that reads as a question rather than as an answer to the calculator's question. */
    static boolean looksLikeQuestion(String text) {
        return text.contains("?") || text.strip().split("\\s+").length >= 4;
    }

    private static String clean(String text) {
        String stripped = text.replace('\u0000', ' ').strip();
        return stripped.length() <= MAX_MESSAGE_CHARS ? stripped : stripped.substring(0, MAX_MESSAGE_CHARS);
    }
}
