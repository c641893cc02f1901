package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.search.Hit;
import it.polimi.auic.advisor.search.RegulationSearch;
import it.polimi.auic.advisor.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts search results into replies a phone can show: the sentences that answer, quoted; the citation; at
 * most two "see also" sections; and the buttons for more. Or, when nothing fits, an honest "I don't know",
 * with a way to ask the School's staff when one is open.
 */
final class AnswerComposer {

    static final int MAX_SEE_ALSO = 2;
    static final String ACTION_HELPFUL = "fb+:";
    static final String ACTION_UNHELPFUL = "fb-:";
    static final String ACTION_FULL_TEXT = "more:";
    static final String ACTION_SOURCES = "why:";

    private AnswerComposer() {
    }

    /**
     * The reply for an answerable result; {@code number} identifies it for the buttons under it (0: no buttons,
     * as for the CLI), {@code offer} starts the calculator its topic belongs to.
     */
    static ChatReply answer(RegulationSearch search, SearchResult result, int number, Language language,
                            Optional<Button> offer) {
        Hit top = result.answers().get(0);
        ChatReply.Builder reply = ChatReply.builder()
                .quote(result.quote().orElseThrow().text())
                .source(Texts.fromSection(language) + top.passage().citation());
        List<String> seeAlso = seeAlso(result, search.tuning().seeAlsoRatio());
        if (!seeAlso.isEmpty()) {
            reply.text(Texts.seeAlso(language) + String.join("; ", seeAlso));
        }
        if (number > 0) {
            reply.buttons(answerButtons(number, language));
        }
        offer.ifPresent(reply::buttons);
        return reply.build();
    }

    /** 👍, 👎, 📖 and 🔎 under the answer numbered {@code number}. */
    static List<Button> answerButtons(int number, Language language) {
        return List.of(
                new Button("👍", ACTION_HELPFUL + number),
                new Button("👎", ACTION_UNHELPFUL + number),
                new Button(Texts.buttonFullText(language), ACTION_FULL_TEXT + number),
                new Button(Texts.buttonSources(language), ACTION_SOURCES + number));
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
     * say where to ask instead, and offer {@code askStaff} when the School's staff can be asked from here.
     */
    static ChatReply notFound(SearchResult result, Language language, Optional<Button> askStaff) {
        ChatReply.Builder reply = ChatReply.builder();
        if (result.unstated().isPresent() && result.quote().isPresent() && !result.candidates().isEmpty()) {
            Hit nearest = result.candidates().get(0);
            String kind = result.unstated().get().wording(language);
            reply.text(Texts.rulesDoNotSay(language, kind))
                    .quote(result.quote().get().text())
                    .source(Texts.fromSection(language) + nearest.passage().citation());
        } else {
            reply.text(Texts.notFound(language));
        }
        reply.text(askStaff.isPresent() ? Texts.whereToAskOrStaff(language) : Texts.whereToAsk(language));
        askStaff.ifPresent(reply::buttons);
        return reply.build();
    }

    /** The whole passage an answer rests on, with the answer's buttons still under it. */
    static ChatReply fullText(SearchResult result, int number, Language language) {
        Hit top = result.answers().get(0);
        return ChatReply.builder()
                .quote(top.passage().text())
                .source(Texts.fromSection(language) + top.passage().citation())
                .buttons(answerButtons(number, language))
                .build();
    }

    /** How an answer was found: every passage retrieved with its score, and the decision; the buttons stay. */
    static ChatReply sources(RegulationSearch search, SearchResult result, int number, Language language) {
        ChatReply.Builder reply = ChatReply.builder()
                .strong("\u201C" + result.question() + "\u201D")
                .text(search.explain(result).toText());
        if (number > 0 && !result.answers().isEmpty()) {
            reply.buttons(answerButtons(number, language));
        }
        return reply.build();
    }
}
