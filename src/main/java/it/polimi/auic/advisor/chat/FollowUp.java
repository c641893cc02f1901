package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.language.WordLists;
import it.polimi.auic.advisor.search.RegulationSearch;
import it.polimi.auic.advisor.search.SearchResult;
import java.util.Optional;
import java.util.Set;

/**
 * A short question that leans on the previous turn ("and if I apply in spring?", "so which semesters?", "e per
 * gli stranieri?") is searched together with what the student asked before, which the conversation keeps
 * (and forgets with it): the previous message gives the topic, the new one what is asked.
 */
final class FollowUp {

    /** Up to this many words a question may lean on the previous one. */
    static final int MAX_WORDS = 8;
    /** Without an opening like "and" or "so", a question this short that finds nothing alone still may. */
    static final int MAX_BARE_WORDS = 5;
    private static final Set<String> OPENINGS = Set.of("and", "so", "then", "but", "what about", "how about", "also",
            "or", "e", "ed", "quindi", "allora", "ma", "invece", "anche", "e se", "e per", "e nel", "e in", "e con",
            "and if", "and for", "and in", "and with", "what if", "if so", "in that case", "in quel caso", "o");

    private FollowUp() {
    }

    /** The result for {@code text}, read with {@code previous} when it leans on it and that answers better. */
    static SearchResult search(RegulationSearch search, String text, Optional<String> previous, Language language) {
        SearchResult alone = search.search(text, language);
        if (previous.isEmpty() || !leans(text, alone)) {
            return alone;
        }
        SearchResult together = search.search(previous.get() + "\n" + text, language);
        boolean better = together.answerable() && (!alone.answerable() || together.confidence() >= alone.confidence()
                || opens(text));
        return better ? together : alone;
    }

    /** Whether the question is short and opens like a follow-up, or is very short and finds nothing alone. */
    static boolean leans(String text, SearchResult alone) {
        String folded = WordLists.fold(text).replaceAll("[^\\p{L}\\p{N}'\\s]", " ").strip();
        int words = folded.isEmpty() ? 0 : folded.split("\\s+").length;
        if (words == 0 || words > MAX_WORDS) {
            return false;
        }
        return opens(text) || words <= MAX_BARE_WORDS && !alone.answerable();
    }

    private static boolean opens(String text) {
        String folded = " " + WordLists.fold(text).replaceAll("[^\\p{L}\\p{N}'\\s]", " ").strip() + " ";
        return OPENINGS.stream().anyMatch(opening -> folded.startsWith(" " + opening + " "));
    }
}
