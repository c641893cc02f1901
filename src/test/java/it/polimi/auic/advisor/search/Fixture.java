package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The small corpus under src/test/resources/fixture-knowledge/, loaded and indexed once for all tests. */
final class Fixture {

    static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.load(folder());
    static final SearchIndex INDEX = SearchIndex.build(KNOWLEDGE);
    static final RegulationSearch SEARCH = new RegulationSearch(INDEX, SearchTuning.DEFAULT);
    /** Answers whatever the confidence: for tests of what an answer quotes, apart from whether it is given. */
    static final RegulationSearch ANSWERING = new RegulationSearch(INDEX, SearchTuning.DEFAULT.withConfidence(
            new ConfidenceModel(0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 0.5)));

    private Fixture() {
    }

    static Path folder() {
        URL url = Fixture.class.getResource("/fixture-knowledge");
        if (url == null) {
            throw new IllegalStateException("src/test/resources/fixture-knowledge is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of the best candidate passage, or "none". */
    static String topKey(SearchResult result) {
        return result.candidates().isEmpty() ? "none" : result.candidates().get(0).passage().key();
    }
}
