package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.nio.file.Path;

/** The repository's own knowledge/ folder, indexed once and searched exactly as the CLI does. */
final class RealKnowledge {

    static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.load(Path.of("knowledge"));
    static final RegulationSearch SEARCH = new RegulationSearch(SearchIndex.build(KNOWLEDGE), SearchTuning.DEFAULT);

    private RealKnowledge() {
    }
}
