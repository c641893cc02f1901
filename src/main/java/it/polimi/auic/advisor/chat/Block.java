package it.polimi.auic.advisor.chat;

/**
 * One piece of a reply. Adapters decide how each kind looks (Telegram: HTML, the console: plain text);
 * the text inside is always raw, never pre-escaped or pre-formatted.
 */
public sealed interface Block permits Block.Text, Block.Strong, Block.Quote, Block.Source {

    String text();

    /** Ordinary prose. */
    record Text(String text) implements Block {
    }

    /** A short line that must stand out: an outcome, a verdict. */
    record Strong(String text) implements Block {
    }

    /** Words quoted verbatim from the regulations. */
    record Quote(String text) implements Block {
    }

    /** A citation: document, section, heading. */
    record Source(String text) implements Block {
    }
}
