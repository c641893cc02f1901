package it.polimi.auic.advisor.telegram;

/**
 * The text of one Telegram message in two forms: HTML (what is sent) and plain text (what is sent instead if the
 * Bot API refuses the HTML). Both fit in one message.
 */
record MessageText(String html, String plain) {
}
