package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.config.AdvisorConfig;
import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.search.RegulationSearch;

/**
 * One consistent version of what the advisor knows: the searchable regulations and the settings. A
 * message is answered from the snapshot current when it arrived, even if staff publish an edit meanwhile.
 */
public record Snapshot(RegulationSearch search, AdvisorConfig config) {

    public KnowledgeBase knowledge() {
        return search.index().knowledge();
    }
}
