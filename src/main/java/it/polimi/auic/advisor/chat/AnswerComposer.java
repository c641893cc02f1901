package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.search.Hit;
import it.polimi.auic.advisor.search.RegulationSearch;
import it.polimi.auic.advisor.search.SearchResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts search results into replies a phone can show: the sentences that answer, quoted; the citation; at
 * most two "see also" sections; and the buttons for more. Or, when nothing fits, an honest "I don't know".
 */
final class AnswerComposer {

    static final int MAX_SEE_ALSO = 2;
    static final String ACTION_HELPFUL = "fb+:";
    static final String ACTION_UNHELPFUL = "fb-:";
    static final String ACTION_FULL_TEXT = "more:";
    static final String ACTION_SOURCES = "why:";

    private AnswerComposer() {
    }

    /** The reply for an answerable result; {@code number} identifies it for the buttons under it. */
    static ChatReply answer(RegulationSearch search, SearchResult result, int number, Language language) {
        Hit top = result.answers().get(0);
        ChatReply.Builder reply = ChatReply.builder()
                .quote(result.quote().orElseThrow().text())
                .source(Texts.fromSection(language) + top.passage().citation());
        List<String> seeAlso = seeAlso(result, search.tuning().seeAlsoRatio());
        if (!seeAlso.isEmpty()) {
            reply.text(Texts.seeAlso(language) + String.join("; ", seeAlso));
        }
        return reply.buttons(
                        new Button("👍", ACTION_HELPFUL + number),
                        new Button("👎", ACTION_UNHELPFUL + number),
                        new Button(Texts.buttonFullText(language), ACTION_FULL_TEXT + number),
                        new Button(Texts.buttonSources(language), ACTION_SOURCES + number))
                .build();
    }

    /** Further sections scoring close to the best one, other than the best one's section. */
    private static List<String> seeAlso(SearchResult result, double ratio) {
        List<Hit> answers = result.answers();
        Hit top = answers.get(0);
        List<String> labels = new ArrayList<>();
        for (Hit hit : answers.subList(1, answers.size())) {
            boolean sameSection = hit.passage().section().equals(top.passage().section());
            if (!sameSection && hit.score() >= ratio * top.score() && labels.size() < MAX_SEE_ALSO
                    && !labels.contains(hit.passage().sectionLabel())) {
                labels.add(hit.passage().sectionLabel());
            }
        }
        return labels;
    }

    /**
     * The reply when the advisor does not answer: when the rules come close but do not give the kind of fact
     * asked for, what they do say and where; otherwise that the question is not in the regulations. Both
     * say where to ask instead.
     */
    static ChatReply notFound(SearchResult result, Language language) {
        if (result.unstated().isPresent() && result.quote().isPresent() && !result.candidates().isEmpty()) {
            Hit nearest = result.candidates().get(0);
            String kind = result.unstated().get().wording(language.core());
            return ChatReply.builder()
                    .text(Texts.rulesDoNotSay(language, kind))
                    .quote(result.quote().get().text())
                    .source(Texts.fromSection(language) + nearest.passage().citation())
                    .text(Texts.whereToAsk(language))
                    .build();
        }
        return ChatReply.builder()
                .text(Texts.notFound(language))
                .text(Texts.whereToAsk(language))
                .build();
    }

    /** The whole passage an answer rests on. */
    static ChatReply fullText(SearchResult result, Language language) {
        Hit top = result.answers().get(0);
        return ChatReply.builder()
                .quote(top.passage().text())
                .source(Texts.fromSection(language) + top.passage().citation())
                .build();
    }

    /** How an answer was found: every passage retrieved with its score, and the decision. */
    static ChatReply sources(RegulationSearch search, SearchResult result) {
        return ChatReply.builder()
                .strong("\u201C" + result.question() + "\u201D")
                .text(search.explain(result).toText())
                .build();
    }
}
