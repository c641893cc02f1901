package it.polimi.auic.advisor.telegram.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.polimi.auic.advisor.chat.Block;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageSplitterTest {

    private final MessageSplitter splitter = new MessageSplitter();

    @Test
    void rendersEachKindOfBlockAndEscapesEverything() {
        List<MessageText> messages = splitter.split(List.of(new Block.Text("a < b & c > d"), new Block.Strong("AUTOMATIC"),
                new Block.Quote("N >= 104"), new Block.Source("Programme rules, 1.3.1")));
        assertEquals(1, messages.size());
        assertEquals("a &lt; b &amp; c &gt; d\n\n<b>AUTOMATIC</b>\n\n<i>\u201CN &gt;= 104\u201D</i>\n\n"
                + "\uD83D\uDCD6 <i>Programme rules, 1.3.1</i>", messages.get(0).html());
        assertEquals("a < b & c > d\n\nAUTOMATIC\n\n\u201CN >= 104\u201D\n\n\uD83D\uDCD6 Programme rules, 1.3.1",
                messages.get(0).plain());
    }

    @Test
    void blankBlocksAreSkippedAndNothingToSayIsNoMessage() {
        assertEquals(List.of(), splitter.split(List.of(new Block.Text("  "), new Block.Quote(""))));
        assertEquals(1, splitter.split(List.of(new Block.Text(" "), new Block.Text("hi"))).size());
    }

    @Test
    void longRepliesBreakBetweenBlocksFirst() {
        String paragraph = "word ".repeat(700).strip();
        List<MessageText> messages = splitter.split(List.of(new Block.Text(paragraph), new Block.Text(paragraph)));
        assertEquals(2, messages.size());
        assertEquals(paragraph, messages.get(0).html());
        assertEquals(paragraph, messages.get(1).html());
    }

    @Test
    void aHugeQuoteBreaksAtParagraphsWithEachPieceInItsOwnTags() {
        String paragraph = "Students <under 27> & others may ask. ".repeat(30).strip();
        String quote = String.join("\n\n", java.util.Collections.nCopies(12, paragraph));
        List<MessageText> messages = splitter.split(List.of(new Block.Quote(quote)));
        assertTrue(messages.size() >= 3, "" + messages.size());
        for (MessageText message : messages) {
            assertValid(message);
            assertTrue(message.html().startsWith("<i>\u201CStudents"), "starts at a paragraph: " + message.html().substring(0, 20));
            assertTrue(message.html().endsWith("others may ask.\u201D</i>"), "ends at a paragraph");
        }
    }

    @Test
    void textWithoutAnyBreakIsCutWithoutSplittingAnEscapeOrAnEmoji() {
        List<MessageText> ampersands = splitter.split(List.of(new Block.Text("&".repeat(10_000))));
        ampersands.forEach(MessageSplitterTest::assertValid);
        assertEquals(10_000, ampersands.stream().mapToInt(m -> m.plain().length()).sum());

        String emoji = "\uD83C\uDF93".repeat(5_000);
        List<MessageText> hats = splitter.split(List.of(new Block.Strong(emoji)));
        hats.forEach(MessageSplitterTest::assertValid);
        assertEquals(emoji, String.join("", hats.stream().map(MessageText::plain).toList()));
    }

    @Test
    void loneSurrogatesAreReplacedRatherThanSentAsInvalidText() {
        MessageText message = splitter.split(List.of(new Block.Text("bad \uD83C end"))).get(0);
        assertEquals("bad \uFFFD end", message.html());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anyTextBecomesValidMessagesWithinTheLimitThatKeepEveryCharacter(long seed) {
        Random random = new Random(seed);
        String[] alphabet = {"a", "b", " ", "\n", "\n\n", "<", ">", "&", ". ", "\uD83D\uDC4D", "&amp;", "<b>"};
        List<Block> blocks = new java.util.ArrayList<>();
        for (int b = random.nextInt(6) + 1; b > 0; b--) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6000); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            blocks.add(switch (random.nextInt(4)) {
                case 0 -> new Block.Text(text.toString());
                case 1 -> new Block.Strong(text.toString());
                case 2 -> new Block.Quote(text.toString());
                default -> new Block.Source(text.toString());
            });
        }
        List<MessageText> messages = splitter.split(blocks);
        messages.forEach(MessageSplitterTest::assertValid);
        String expected = blocks.stream().map(Block::text).map(t -> t.replaceAll("\\s", "")).reduce("", String::concat);
        String actual = messages.stream().map(MessageText::html).map(MessageSplitterTest::textOf)
                .map(t -> t.replaceAll("\\s", "").replace("\u201C", "").replace("\u201D", "").replace("\uD83D\uDCD6", ""))
                .reduce("", String::concat);
        assertEquals(expected, actual, "no character lost or added");
    }

    private static void assertValid(MessageText message) {
        assertTrue(message.html().length() <= MessageSplitter.TELEGRAM_LIMIT, "html length " + message.html().length());
        assertTrue(message.plain().length() <= MessageSplitter.TELEGRAM_LIMIT, "plain length " + message.plain().length());
        Optional<String> problem = TelegramHtml.problem(message.html());
        assertEquals(Optional.empty(), problem);
        assertTrue(!message.html().isBlank() && !message.plain().isBlank());
        char last = message.html().charAt(message.html().length() - 1);
        assertTrue(!Character.isHighSurrogate(last), "never ends inside an emoji");
    }

    /** The text a reader sees: tags dropped, entities decoded. */
    private static String textOf(String html) {
        return html.replaceAll("</?[a-z]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
