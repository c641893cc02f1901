package it.polimi.auic.advisor.console;

import it.polimi.auic.advisor.chat.Block;
import it.polimi.auic.advisor.chat.Button;
import it.polimi.auic.advisor.chat.ChatReply;
import java.util.List;

/**
 * Draws a reply on a terminal: quotes indented, the citation marked, buttons lettered for typing (letters, not
 * numbers, since a calculator's answers are often numbers).
 */
final class ConsoleRenderer {

    private ConsoleRenderer() {
    }

    static String render(ChatReply reply) {
        StringBuilder out = new StringBuilder();
        for (Block block : reply.blocks()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(render(block)).append('\n');
        }
        if (!reply.hasMessage() && !reply.notice().isEmpty()) {
            out.append("(").append(reply.notice()).append(")\n");
        }
        List<Button> buttons = buttons(reply);
        if (!buttons.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < buttons.size(); i++) {
                out.append(i == 0 ? "" : "  ").append('[').append(letter(i)).append("] ").append(buttons.get(i).label());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The letter that presses the {@code index}-th button: a, b, c, ... */
    static char letter(int index) {
        return (char) ('a' + index);
    }

    /** The reply's buttons in reading order; typing a button's letter presses it. */
    static List<Button> buttons(ChatReply reply) {
        return reply.keyboard().stream().flatMap(List::stream).toList();
    }

    private static String render(Block block) {
        if (block instanceof Block.Quote quote) {
            return "  \u2502 " + quote.text().replace("\n", "\n  \u2502 ");
        }
        if (block instanceof Block.Strong strong) {
            return "* " + strong.text();
        }
        if (block instanceof Block.Source source) {
            return "  \u2014 " + source.text();
        }
        return block.text();
    }
}
