package it.polimi.auic.advisor.chat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.language.Language;
import org.junit.jupiter.api.Test;

/** The advisor's own wording follows the language the student writes in, whatever their phone is set to. */
class ReplyLanguageTest {

    private final CoreHarness core = new CoreHarness(StaffDesk.NONE);

    @Test
    void anItalianMessageFromAPhoneSetToEnglishGetsItalianWording() {
        assertTrue(core.say("a", "ciao", Language.EN).plainText().startsWith("Ciao! Sono AUIC Advisor"),
                core.say("a", "ciao", Language.EN).plainText());
        String refusal = core.say("a", "dove posso comprare una bici usata a Milano?", Language.EN).plainText();
        assertTrue(refusal.contains("Non trovo"), refusal);
    }

    @Test
    void anEnglishMessageFromAPhoneSetToItalianGetsEnglishWording() {
        String refusal = core.say("b", "Where can I buy a cheap bike in Milan?", Language.IT).plainText();
        assertTrue(refusal.contains("can't find that"), refusal);
    }

    @Test
    void aMessageWhoseWordsDoNotTellKeepsTheConversationsLanguageThenThePhones() {
        core.say("c", "quanti crediti per il tirocinio?", Language.EN);
        String ok = core.say("c", "ok", Language.EN).plainText();
        assertTrue(ok.matches("(?s).*\\b(Prego|Non|Scrivi|Chiedimi)\\b.*"), "\"ok\" does not tell: the conversation is Italian: " + ok);
        String help = core.say("c", "/help", Language.EN).plainText();
        assertTrue(help.contains("Fammi una domanda"), "the conversation is Italian: " + help);
        String fresh = core.say("d", "/help", Language.IT).plainText();
        assertTrue(fresh.contains("Fammi una domanda"), "a new chat follows the phone: " + fresh);
    }

    @Test
    void aButtonsActionSaysNothingOfTheLanguage() {
        core.say("e", "calcola la mia G", Language.EN);
        ChatReply next = core.press("e", "yes", Language.EN);
        assertTrue(next.plainText().matches("(?s).*\\b(il|la|un|di|voto|esame|esami)\\b.*"), next.plainText());
    }

    @Test
    void slashLangFixesTheLanguageForTheConversation() {
        assertTrue(core.say("f", "/lang it", Language.EN).plainText().startsWith("Va bene"));
        String refusal = core.say("f", "Where can I buy a cheap bike in Milan?", Language.EN).plainText();
        assertTrue(refusal.contains("Non trovo"), "fixed to Italian: " + refusal);
        assertTrue(core.say("f", "/lang en", Language.EN).plainText().startsWith("OK, I will write in English"));
        assertTrue(core.say("f", "dove posso comprare una bici usata a Milano?", Language.IT).plainText()
                .contains("can't find that"));
        assertTrue(core.say("f", "/lang", Language.EN).plainText().contains("/lang en or /lang it"));
    }
}
