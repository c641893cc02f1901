package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.flow.CalculatorFlows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatCoreTest {

    static Snapshot snapshot;

    final List<String> unanswered = new ArrayList<>();
    final List<String> ratings = new ArrayList<>();
    final AtomicLong nanos = new AtomicLong();
    ChatCore chat;

    @BeforeAll
    static void loadTheRepositoryKnowledge() {
        snapshot = Advisor.snapshot(Path.of("knowledge"), Path.of("config"));
    }

    @BeforeEach
    void newCore() {
        FeedbackSink feedback = new FeedbackSink() {
            @Override
            public void unanswered(String question) {
                unanswered.add(question);
            }

            @Override
            public void rated(String question, String section, boolean helpful) {
                ratings.add((helpful ? "+" : "-") + section + " " + question);
            }

            @Override
            public void staffAnswered(String question, String answer) {
            }
        };
        Ticker ticker = nanos::get;
        chat = new ChatCore(() -> snapshot, new CalculatorFlows(() -> snapshot.config().calculators(), Clock.systemUTC()),
                new ConversationStore(Duration.ofMinutes(30), ticker), feedback, AdminActions.NONE);
    }

    ChatReply say(String text) {
        return chat.handle(new ChatRequest("chat-1", "42", text, Language.EN));
    }

    static List<Button> buttons(ChatReply reply) {
        return reply.keyboard().stream().flatMap(List::stream).toList();
    }

    @Nested
    class Questions {

        @Test
        void anAnswerQuotesTheRuleThenCitesItsSectionWithButtonsForMore() {
            ChatReply reply = say("Does studio attendance expire?");

            assertTrue(reply.blocks().get(0) instanceof Block.Quote, reply.toString());
            assertTrue(reply.blocks().get(0).text().contains("does not expire"), reply.plainText());
            assertTrue(reply.blocks().get(1) instanceof Block.Source);
            assertTrue(reply.blocks().get(1).text().contains("5.4.1 Studios"), reply.plainText());
            assertEquals(List.of("👍", "👎", "📖 Full text", "🔎 Sources", "Check my deadline ▶"),
                    buttons(reply).stream().map(Button::label).toList(), "a question on a calculator's topic offers it");
            assertTrue(reply.plainText().length() < 1200, "short enough for a phone: " + reply.plainText().length());
        }

        @Test
        void anOutOfScopeQuestionIsRefusedWithWhereToAskAndLogged() {
            ChatReply reply = say("Where can I buy a cheap bike in Milan?");

            assertTrue(reply.plainText().contains("can't find that in the regulations"), reply.plainText());
            assertTrue(reply.plainText().contains("International Mobility Unit"), reply.plainText());
            assertTrue(reply.keyboard().isEmpty());
            assertEquals(List.of("Where can I buy a cheap bike in Milan?"), unanswered);
        }

        @Test
        void theButtonsUnderAnAnswerRateItShowItWholeAndExplainIt() {
            ChatReply answer = say("How many workshop credits can be recognised?");
            List<Button> under = buttons(answer);

            ChatReply thumbsDown = say(under.get(1).action());
            assertFalse(thumbsDown.hasMessage());
            assertTrue(thumbsDown.notice().startsWith("Thanks"));
            assertEquals(List.of("-programme-rules 7.2 How many workshop credits can be recognised?"), ratings);

            ChatReply full = say(under.get(2).action());
            assertTrue(full.blocks().get(0).text().startsWith("Workshop activities are of two types"), full.plainText());
            assertTrue(full.blocks().get(0).text().contains("maximum of 8 ECTS"));

            ChatReply sources = say(under.get(3).action());
            assertTrue(sources.plainText().contains("Answered from programme-rules 7.2"), sources.plainText());
            assertTrue(sources.plainText().contains("1. programme-rules 7.2 Workshops: score"), sources.plainText());
        }

        @Test
        void whyExplainsTheLastAnswer() {
            say("Can I defer my admission?");
            assertTrue(say("/why").plainText().contains("Answered from programme-rules 2"));
        }

        @Test
        void buttonsOfAForgottenConversationSaySo() {
            ChatReply answer = say("Does studio attendance expire?");
            nanos.addAndGet(TimeUnit.MINUTES.toNanos(31));

            ChatReply late = say(buttons(answer).get(2).action());

            assertTrue(late.plainText().contains("no longer remember"), late.plainText());
        }
    }

    @Nested
    class Commands {

        @Test
        void startIntroducesTheAdvisorWithTheCalculatorsAsButtons() {
            ChatReply start = say("/start");
            assertTrue(start.plainText().contains("AUIC Advisor"));
            List<String> actions = buttons(start).stream().map(Button::action).toList();
            assertEquals(List.of("/admission", "/merit", "/alliance", "/studio", "/g"), actions);
        }

        @Test
        void helpAndAboutInItalianWhenTheStudentIsItalian() {
            ChatReply help = chat.handle(new ChatRequest("italian", null, "/help", Language.IT));
            assertTrue(help.plainText().contains("Fammi una domanda"), help.plainText());
            ChatReply about = chat.handle(new ChatRequest("italian", null, "/about", Language.IT));
            assertTrue(about.plainText().contains("Anno accademico: 2022/23"), about.plainText());
        }

        @Test
        void aboutShowsTheKnowledgeVersion() {
            String about = say("/about").plainText();
            assertTrue(about.contains("Academic year: 2022/23"), about);
            assertTrue(about.contains("Knowledge last changed:"), about);
        }

        @Test
        void adminCommandsAreRefusedToOthers() {
            assertTrue(say("/reload").plainText().contains("for the advisor's staff"));
            assertTrue(say("/unanswered").plainText().contains("for the advisor's staff"));
        }

        @Test
        void anUnknownCommandPointsToHelp() {
            assertTrue(say("/frobnicate").plainText().contains("/help"));
        }

        @Test
        void cancelWithNothingToCancelSaysSo() {
            assertTrue(say("/cancel").plainText().contains("Nothing to cancel"));
        }
    }

    @Nested
    class Calculators {

        @Test
        void aCalculatorRequestInWordsStartsTheFlowAndButtonsAnswerIt() {
            ChatReply first = say("am I eligible for automatic admission?");
            assertTrue(first.plainText().contains("Politecnico di Milano?"), first.plainText());

            ChatReply second = say(buttons(first).get(0).action());
            assertTrue(second.plainText().contains("degree class"), second.plainText());
        }

        @Test
        void aQuestionInTheMiddleOfAFlowIsAnsweredAndTheFlowResumes() {
            say("/admission");
            ChatReply pending = say("yes");

            ChatReply answer = say("which N/V parameter applies to students enrolled since 2010/11?");

            assertTrue(answer.blocks().get(0) instanceof Block.Quote, answer.plainText());
            assertTrue(answer.plainText().contains("104/27"), answer.plainText());
            assertTrue(answer.plainText().endsWith(pending.plainText().substring(pending.plainText().lastIndexOf('\n') + 1)),
                    "the pending question is asked again:\n" + answer.plainText());
            assertEquals(buttons(pending), buttons(answer), "with its buttons");
            assertTrue(say("L-17").plainText().toLowerCase().contains("academic year"), "the flow goes on");
        }

        @Test
        void pastingEverythingGivesTheVerdictAtOnce() {
            ChatReply verdict = say("/g 28x8 30Lx12 25x6");

            assertTrue(verdict.plainText().contains("G = 734"), verdict.plainText());
            assertTrue(verdict.plainText().contains("§6.1"), verdict.plainText());
        }

        @Test
        void anotherCalculatorCommandReplacesTheFlowAndCancelEndsIt() {
            say("/studio");
            ChatReply merit = say("/merit");
            assertTrue(merit.plainText().toLowerCase().contains("merit"), merit.plainText());

            assertTrue(say("/cancel").plainText().contains("Cancelled"));
            assertTrue(say("/cancel").plainText().contains("Nothing to cancel"));
        }

        @Test
        void aDeepLinkStartsACalculator() {
            ChatReply reply = say("/start studio");
            assertTrue(reply.plainText().toLowerCase().contains("studio"), reply.plainText());
            assertFalse(reply.plainText().contains("unofficial study assistant"), "not the welcome text");
        }

        @Test
        void numbersTypedIntoACalculatorNeverReachTheFeedbackLog() {
            say("/merit");
            say("27.5");
            say("155");
            say("hmm 12 points maybe");
            assertTrue(unanswered.isEmpty(), unanswered.toString());
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\u0000\u0000", "title:(foo AND", "<b>&amp;</b> <script>", "**bold** _x_ [a](b)",
            "😀😀😀", "?", "/", "fb+:999999999", "why:-1", "more:abc"})
        void neverFailsAndAlwaysSaysSomething(String text) {
            ChatReply reply = say(text);
            assertTrue(reply.hasMessage() || !reply.notice().isEmpty(), "reply to " + text);
            assertFalse(reply.plainText().contains("Sorry, something went wrong"), reply.plainText());
        }

        @Test
        void aTenThousandCharacterMessageIsAnswered() {
            ChatReply reply = say("studio attendance ".repeat(600));
            assertTrue(reply.hasMessage());
            assertFalse(reply.plainText().contains("Sorry, something went wrong"));
        }

        @Test
        void greetingsAndThanksGetAFriendlyWordNotASearch() {
            assertTrue(say("hello!").plainText().contains("AUIC Advisor"));
            assertTrue(say("thanks a lot").plainText().contains("welcome"));
            assertTrue(unanswered.isEmpty(), "small talk is not an unanswered question");
        }
    }
}
