package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.search.SearchResult;

/**
 * A message answered as the bot would answer it first: what the search found, the reply a student receives,
 * and what the router decided.
 *
 * @param result   passages found and whether they answer
 * @param reply    the message
 * @param snapshot the version of the knowledge the answer comes from
 * @param routing  one sentence on what the router decided (a question, a calculator offered or started)
 */
public record QuestionAnswer(SearchResult result, ChatReply reply, Snapshot snapshot, String routing) {
}
