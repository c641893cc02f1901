/**
 * Sending and pacing: every message the bot sends goes through the outgoing queue, which keeps under Telegram's
 * rate limits, waits when asked to, retries server and network errors, and re-sends refused HTML as plain text.
 */
package it.polimi.auic.advisor.telegram.send;
