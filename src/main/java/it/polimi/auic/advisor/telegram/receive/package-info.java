/**
 * Receiving updates: long-polling requests, translating each update into a request for the chat core, which
 * messages in a group are for the bot, flood protection, and answering each chat in order on a pool of workers.
 */
package it.polimi.auic.advisor.telegram.receive;
