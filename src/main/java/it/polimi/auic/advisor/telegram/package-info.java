/**
 * The Telegram adapter, the only package that imports {@code org.telegram.*}. This package sets the bot up and wires
 * it: the {@code telegram} command, the settings, the HTTP clients and the Bot API client, the start-up calls. The
 * rest is by what a reader looks for: {@code receive} (updates in, to the chat core), {@code send} (replies out,
 * paced and retried), {@code format} (how a reply looks in a message), {@code offset} (what survives a restart).
 */
package it.polimi.auic.advisor.telegram;
