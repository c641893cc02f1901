package it.polimi.auic.advisor.telegram.format;

/**
 * The text of one Telegram message in two forms: HTML (what is sent) and plain text (what is sent instead if the
 * Bot API refuses the HTML). Both fit in one message.
 */
public record MessageText(String html, String plain) {
}
