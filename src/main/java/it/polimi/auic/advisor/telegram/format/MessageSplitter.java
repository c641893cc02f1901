package it.polimi.auic.advisor.telegram.format;

import it.polimi.auic.advisor.chat.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a reply's blocks into as few Telegram messages as fit the Bot API's length limit. Messages break between
 * blocks; a block too long for one message breaks at a paragraph, else a line, else a sentence, else a space, and
 * each piece is wrapped in its own tags, so a break never falls inside a tag or an escape.
 */
public final class MessageSplitter {

    /** The Bot API's limit on a message's text; counted here in UTF-16 units, which is never less than Telegram's count. */
    public static final int TELEGRAM_LIMIT = 4096;

    private static final String BLOCK_SEPARATOR = "\n\n";
    private static final String[] BREAKS_AT = {"\n\n", "\n"};
    private static final String[] BREAKS_AFTER = {". ", "! ", "? ", "; ", ": ", ", "};

    private final int limit;

    public MessageSplitter() {
        this(TELEGRAM_LIMIT);
    }

    MessageSplitter(int limit) {
        if (limit < 64) {
            throw new IllegalArgumentException("a message limit under 64 characters leaves no room for markup: " + limit);
        }
        this.limit = limit;
    }

    /** The messages for these blocks, in order; empty when no block has any text. */
    public List<MessageText> split(List<Block> blocks) {
        List<MessageText> pieces = new ArrayList<>();
        for (Block block : blocks) {
            String text = HtmlRenderer.sanitize(block.text() == null ? "" : block.text()).strip();
            if (text.isEmpty()) {
                continue;
            }
            HtmlRenderer.Wrapping wrapping = HtmlRenderer.wrapping(block);
            for (String chunk : chunks(text, limit - wrapping.htmlOverhead())) {
                pieces.add(new MessageText(
                        wrapping.htmlOpen() + HtmlRenderer.escape(chunk) + wrapping.htmlClose(),
                        wrapping.plainOpen() + chunk + wrapping.plainClose()));
            }
        }
        return pack(pieces);
    }

    private List<MessageText> pack(List<MessageText> pieces) {
        List<MessageText> messages = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (MessageText piece : pieces) {
            if (html.length() > 0 && html.length() + BLOCK_SEPARATOR.length() + piece.html().length() > limit) {
                messages.add(new MessageText(html.toString(), plain.toString()));
                html.setLength(0);
                plain.setLength(0);
            }
            if (html.length() > 0) {
                html.append(BLOCK_SEPARATOR);
                plain.append(BLOCK_SEPARATOR);
            }
            html.append(piece.html());
            plain.append(piece.plain());
        }
        if (html.length() > 0) {
            messages.add(new MessageText(html.toString(), plain.toString()));
        }
        return messages;
    }

    /** Pieces of {@code text} whose escaped form is at most {@code budget} long. */
    static List<String> chunks(String text, int budget) {
        List<String> chunks = new ArrayList<>();
        int start = skipSpace(text, 0);
        while (start < text.length()) {
            int end = longestFit(text, start, budget);
            int cut = end == text.length() ? end : bestBreak(text, start, end);
            String chunk = text.substring(start, cut).strip();
            if (!chunk.isEmpty()) {
                chunks.add(chunk);
            }
            start = skipSpace(text, cut);
        }
        return chunks;
    }

    private static int longestFit(String text, int start, int budget) {
        int used = 0;
        int i = start;
        while (i < text.length()) {
            int width = HtmlRenderer.escapedLength(text, i, i + 1);
            if (used + width > budget) {
                break;
            }
            used += width;
            i++;
        }
        return i;
    }

    /** Where to end a piece that must stop at or before {@code end}: the most natural break in its second half. */
    private static int bestBreak(String text, int start, int end) {
        int earliest = start + (end - start) / 2;
        for (String separator : BREAKS_AT) {
            int at = text.lastIndexOf(separator, end - separator.length());
            if (at >= earliest) {
                return at;
            }
        }
        int best = -1;
        for (String separator : BREAKS_AFTER) {
            int at = text.lastIndexOf(separator, end - separator.length());
            if (at >= earliest) {
                best = Math.max(best, at + 1);
            }
        }
        if (best > 0) {
            return best;
        }
        int space = lastWhitespace(text, earliest, end);
        if (space > 0) {
            return space;
        }
        // No natural break: cut hard, but never between the two halves of a surrogate pair.
        return Character.isHighSurrogate(text.charAt(end - 1)) && end - 1 > start ? end - 1 : end;
    }

    private static int lastWhitespace(String text, int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
