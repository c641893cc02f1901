package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.search.SearchResult;

/**
 * A regulation question answered: what the search found and the reply a student receives for it.
 *
 * @param result   passages found and whether they answer
 * @param reply    the message
 * @param snapshot the version of the knowledge the answer comes from
 */
public record QuestionAnswer(SearchResult result, ChatReply reply, Snapshot snapshot) {
}
