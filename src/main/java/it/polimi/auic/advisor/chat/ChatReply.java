package it.polimi.auic.advisor.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The advisor's answer to one {@link ChatRequest}: the blocks of one message and the buttons under it.
 *
 * @param blocks   the message, in reading order; empty when only {@code notice} is to be shown
 * @param keyboard rows of buttons; empty when there is nothing to choose
 * @param notice   a short acknowledgement of a button press ("Thanks for your feedback") that a client
 *                 may show as a brief pop-up instead of a message; empty when there is none
 */
public record ChatReply(List<Block> blocks, List<List<Button>> keyboard, String notice) {

    public ChatReply {
        blocks = List.copyOf(blocks);
        keyboard = keyboard.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
        notice = notice == null ? "" : notice;
    }

    public ChatReply(List<Block> blocks, List<List<Button>> keyboard) {
        this(blocks, keyboard, "");
    }

    public static ChatReply text(String text) {
        return new ChatReply(List.of(new Block.Text(text)), List.of());
    }

    /** A reply that only acknowledges a button press, with no message. */
    public static ChatReply notice(String notice) {
        return new ChatReply(List.of(), List.of(), notice);
    }

    public boolean hasMessage() {
        return !blocks.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The reply as plain text, the way the console and the CLI show it. */
    public String plainText() {
        if (blocks.isEmpty()) {
            return notice;
        }
        return blocks.stream().map(ChatReply::plain).collect(Collectors.joining("\n\n"));
    }

    private static String plain(Block block) {
        if (block instanceof Block.Quote quote) {
            return "\u201C" + quote.text() + "\u201D";
        }
        return block.text();
    }

    public ChatReply withKeyboard(List<List<Button>> rows) {
        return new ChatReply(blocks, rows, notice);
    }

    /** Collects blocks and button rows; the usual way to put a reply together. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final List<List<Button>> keyboard = new ArrayList<>();

        public Builder text(String text) {
            blocks.add(new Block.Text(text));
            return this;
        }

        public Builder strong(String text) {
            blocks.add(new Block.Strong(text));
            return this;
        }

        public Builder quote(String text) {
            blocks.add(new Block.Quote(text));
            return this;
        }

        public Builder source(String text) {
            blocks.add(new Block.Source(text));
            return this;
        }

        public Builder block(Block block) {
            blocks.add(block);
            return this;
        }

        public Builder blocks(List<Block> more) {
            blocks.addAll(more);
            return this;
        }

        public Builder keyboard(List<List<Button>> rows) {
            keyboard.addAll(rows);
            return this;
        }

        public Builder buttons(List<Button> row) {
            keyboard.add(row);
            return this;
        }

        public Builder buttons(Button... row) {
            return buttons(List.of(row));
        }

        public ChatReply build() {
            return new ChatReply(blocks, keyboard);
        }
    }
}
