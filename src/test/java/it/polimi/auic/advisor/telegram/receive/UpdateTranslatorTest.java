package it.polimi.auic.advisor.telegram.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.telegram.FakeUpdates;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateTranslatorTest {

    private final ObjectMapper json = new ObjectMapper();
    private final FakeUpdates updates = new FakeUpdates(json);
    private final UpdateTranslator known = new UpdateTranslator(() -> new BotIdentity(123456, "auic_test_bot"));
    private final UpdateTranslator unknown = new UpdateTranslator(() -> BotIdentity.UNKNOWN);

    @Test
    void aPrivateMessageKeepsItsTextAndTakesTheUsersLanguage() {
        Inbound in = known.translate(update(updates.textMessage(1, 42, 7, "  quanti crediti?", "it-IT"))).orElseThrow();
        assertEquals(new Inbound(1, 42, "7", "  quanti crediti?", Language.IT, null), in);
        assertEquals("42", in.toRequest().chatId());
    }

    @Test
    void aButtonPressBringsItsCallbackDataAndItsQueryToAnswer() {
        Inbound in = known.translate(update(updates.buttonPress(2, 42, 7, "calc:admission", null))).orElseThrow();
        assertEquals("calc:admission", in.text());
        assertEquals("cb-2", in.callbackQueryId());
        assertEquals(Language.EN, in.language());
    }

    @Test
    void theBotsMentionIsTakenOutWhereverItIs() {
        assertEquals("/start admission", known.withoutMention("/start@Auic_Test_Bot admission"));
        assertEquals("what is G?", known.withoutMention("@auic_test_bot what is G?"));
        assertEquals("is @auic_test_botany a word", known.withoutMention("is @auic_test_botany a word"));
        assertEquals("what is G?", unknown.withoutMention("@some_bot what is G?"), "any bot, when the name is unknown");
    }

    @Test
    void inAGroupOnlyWhatIsAddressedToTheBotIsTaken() {
        assertEquals(Optional.empty(), known.translate(update(updates.groupMessage(3, -5, 7, "hi all"))));
        assertEquals(Optional.empty(), known.translate(update(updates.groupMessage(4, -5, 7, "/help@other_bot"))));
        assertTrue(known.translate(update(updates.groupMessage(5, -5, 7, "/help"))).isPresent());
        assertTrue(unknown.translate(update(updates.groupMessage(6, -5, 7, "/help@anything_bot"))).isPresent());
        assertEquals(Optional.empty(), known.translate(update(updates.groupPhoto(7, -5, 7))), "no 'text only' noise in groups");
    }

    @Test
    void aPrivatePhotoIsTakenWithoutTextAndOtherBotsAreIgnored() {
        assertEquals(null, known.translate(update(updates.photoMessage(8, 42, 7))).orElseThrow().text());
        ObjectNode fromBot = updates.textMessage(9, 42, 7, "hello", "en");
        ((ObjectNode) fromBot.path("message").path("from")).put("is_bot", true);
        assertEquals(Optional.empty(), known.translate(update(fromBot)));
    }

    private Update update(ObjectNode node) {
        return json.convertValue(node, Update.class);
    }
}
