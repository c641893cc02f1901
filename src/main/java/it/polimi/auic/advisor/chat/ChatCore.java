package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.search.SearchResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every student message goes, whichever adapter it came through: commands and button presses,
 * calculator conversations (started only when asked for; a question on a calculator's topic is answered
 * from the regulations with the calculator offered), greetings, and regulation questions answered from
 * the index, in the student's own language.
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
    private final StaffHandover handover;
    private final ReplyLanguage languages = new ReplyLanguage();

    public ChatCore(Supplier<Snapshot> snapshots, Calculators calculators, ConversationStore conversations,
                    FeedbackSink feedback, AdminActions admin, StaffDesk desk) {
        this.snapshots = snapshots;
        this.calculators = calculators;
        this.conversations = conversations;
        this.feedback = feedback;
        this.handover = new StaffHandover(desk, feedback);
        this.staff = new StaffCommands(snapshots, admin, desk);
    }

    public ChatCore(Supplier<Snapshot> snapshots, Calculators calculators, ConversationStore conversations,
                    FeedbackSink feedback, AdminActions admin) {
        this(snapshots, calculators, conversations, feedback, admin, StaffDesk.NONE);
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

    /**
     * Answers one message without a conversation, as the bot would answer it first: for the CLI and for
     * evaluation. {@code forced} fixes the reply's language; otherwise it follows the message's words, and
     * {@code language} when they do not tell.
     */
    public QuestionAnswer answer(String question, Language language, boolean forced) {
        String text = clean(question);
        Conversation.ConversationLanguage chat = forced
                ? new Conversation.ConversationLanguage(Optional.of(language), Optional.empty())
                : languages.read(text, Conversation.ConversationLanguage.UNKNOWN);
        Language replyLanguage = ReplyLanguage.of(chat, language);
        Snapshot snapshot = snapshots.get();
        SearchResult result = snapshot.search().search(text, replyLanguage);
        Optional<CalculatorRoute> route = calculators.route(text, replyLanguage);
        ChatReply reply;
        if (route.filter(CalculatorRoute::explicit).isPresent()) {
            reply = calculators.startIfAsked(text, replyLanguage).map(CalculatorTurn::reply).orElseThrow();
        } else if (result.answerable()) {
            reply = AnswerComposer.answer(snapshot.search(), result, 0, replyLanguage, route.map(CalculatorRoute::offer));
        } else {
            reply = AnswerComposer.notFound(result, replyLanguage, Optional.empty());
        }
        return new QuestionAnswer(result, reply, snapshot, Routing.describe(route, result));
    }

    /** As {@link #answer(String, Language, boolean)}, the language following the message's words. */
    public QuestionAnswer answer(String question, Language language) {
        return answer(question, language, false);
    }

    /**
     * The School's staff answered {@code question}, which the student of chat {@code chatId} sent them: the
     * message that relays it to the student, in the chat's language.
     */
    public ChatReply relayStaffAnswer(String chatId, String question, String answer, Language clientLanguage) {
        Conversation conversation = conversations.get(chatId);
        Conversation updated = conversation.withStaffAnswer(question, answer);
        conversations.put(chatId, updated);
        return handover.relayed(question, answer, updated.counter(),
                ReplyLanguage.of(conversation.language(), clientLanguage));
    }

    private ChatReply route(ChatRequest request, String text) {
        Conversation conversation = conversations.get(request.chatId());
        if (text.isEmpty()) {
            return ChatReply.text(Texts.emptyMessage(ReplyLanguage.of(conversation.language(), request.language())));
        }
        // A button's action or a command ("yes", "/about") says nothing of the language the student writes in.
        Conversation.ConversationLanguage heard = request.pressed() || text.startsWith("/") ? conversation.language()
                : languages.read(text, conversation.language());
        if (!heard.equals(conversation.language())) {
            conversation = conversation.withLanguage(heard);
            conversations.put(request.chatId(), conversation);
        }
        Language language = ReplyLanguage.of(heard, request.language());
        Optional<ButtonAction> action = ButtonAction.parse(text);
        if (action.isPresent()) {
            return action.get().isStaffAction()
                    ? handover.press(action.get(), request.chatId(), conversation, language)
                    : new AnswerButtons(snapshots.get(), feedback, handover).press(action.get(), conversation, language);
        }
        Optional<ChatCommand> command = ChatCommand.parse(text);
        if (command.isPresent()) {
            Optional<ChatReply> reply = command(request, command.get(), conversation, language);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        if (conversation.flow().isEmpty() && conversation.verdict().isPresent()) {
            Optional<ChatReply> changed = afterVerdict(request, text, conversation, language);
            if (changed.isPresent()) {
                return changed.get();
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
            return continueFlow(request, text, conversation, language);
        }
        if (text.codePointCount(0, text.length()) == 1 && Character.isLetter(text.codePointAt(0))) {
            // A lone letter is a button that is not on screen (the console letters its buttons), not a question.
            return ChatReply.text(Texts.noSuchButton(language, text));
        }
        return switch (SmallTalk.of(text)) {
            case GREETING -> Welcome.reply(language);
            case THANKS -> ChatReply.text(Texts.thanks(language));
            case BYE -> ChatReply.text(Texts.bye(language));
            case CONFUSED -> ChatReply.text(Texts.confused(language));
            case OK -> ChatReply.text(Texts.ok(language));
            case NONE -> question(request, text, conversation, language);
        };
    }

    private Optional<ChatReply> command(ChatRequest request, ChatCommand command, Conversation conversation,
                                        Language language) {
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
            case "lang":
            case "lingua":
            case "language":
                return Optional.of(fixLanguage(request, command, conversation, language));
            case "cancel":
                if (conversation.flow().isEmpty()) {
                    return Optional.of(ChatReply.text(Texts.nothingToCancel(language)));
                }
                return Optional.of(continueFlow(request, "/cancel", conversation, language));
            case "why":
                return Optional.of(conversation.latestAnswer()
                        .map(a -> AnswerComposer.sources(snapshots.get().search(), a.result(), a.number(), language))
                        .orElse(ChatReply.text(Texts.noAnswerYet(language))));
            default:
                return staff.handle(request, command, language);
        }
    }

    /** /lang it, /lang en: the advisor's wording stays in that language for the rest of the conversation. */
    private ChatReply fixLanguage(ChatRequest request, ChatCommand command, Conversation conversation,
                                  Language language) {
        String wanted = command.argument().toLowerCase(java.util.Locale.ROOT);
        Optional<Language> fixed = wanted.startsWith("it") ? Optional.of(Language.IT)
                : wanted.startsWith("en") ? Optional.of(Language.EN) : Optional.empty();
        if (fixed.isEmpty()) {
            return ChatReply.text(Texts.languageUsage(language));
        }
        conversations.put(request.chatId(), conversation.withLanguage(
                new Conversation.ConversationLanguage(fixed, conversation.language().spoken())));
        return ChatReply.text(Texts.languageSet(fixed.get()));
    }

    private ChatReply started(ChatRequest request, CalculatorTurn turn, Conversation conversation) {
        conversations.put(request.chatId(), conversation.withTurn(turn));
        return turn.reply();
    }

    /** After a verdict: "Try other values", or a message that changes one of its values ("and with 28?"). */
    private Optional<ChatReply> afterVerdict(ChatRequest request, String text, Conversation conversation,
                                             Language language) {
        Calculators.Finished verdict = conversation.verdict().orElseThrow();
        if (verdict.asksToChange(text)) {
            return Optional.of(started(request, verdict.chooseChange(language), conversation));
        }
        return verdict.whatIf(text, language).map(turn -> started(request, turn, conversation));
    }

    private ChatReply continueFlow(ChatRequest request, String text, Conversation conversation, Language language) {
        Calculators.Pending pending = conversation.flow().orElseThrow();
        CalculatorTurn turn = pending.next(text, language);
        if (turn.rejected() && looksLikeQuestion(text)) {
            Snapshot snapshot = snapshots.get();
            SearchResult result = snapshot.search().search(text, language);
            if (result.answerable()) {
                Conversation updated = conversation.withAnswer(result);
                conversations.put(request.chatId(), updated);
                ChatReply answer = AnswerComposer.answer(snapshot.search(), result, updated.counter(), language,
                        Optional.empty());
                ChatReply resume = pending.resume(language);
                return ChatReply.builder()
                        .blocks(answer.blocks())
                        .blocks(resume.blocks())
                        .keyboard(resume.keyboard())
                        .build();
            }
        }
        conversations.put(request.chatId(), conversation.withTurn(turn));
        return turn.reply();
    }

    private ChatReply question(ChatRequest request, String text, Conversation conversation, Language language) {
        Snapshot snapshot = snapshots.get();
        SearchResult result = FollowUp.search(snapshot.search(), text, conversation.lastQuestion(), language);
        Conversation updated = conversation.withAnswer(result).withLastQuestion(result.question());
        conversations.put(request.chatId(), updated);
        if (!result.answerable()) {
            feedback.unanswered(result.question());
            return AnswerComposer.notFound(result, language, handover.offer(updated.counter(), language));
        }
        Optional<Button> offer = calculators.route(text, language).map(CalculatorRoute::offer);
        return AnswerComposer.answer(snapshot.search(), result, updated.counter(), language, offer);
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

    /** The buttons of a reply, as a flat list, for adapters that show them in one line. */
    static List<Button> buttons(ChatReply reply) {
        return reply.keyboard().stream().flatMap(List::stream).toList();
    }
}
