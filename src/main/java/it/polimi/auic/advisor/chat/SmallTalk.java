package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.WordLists;
import java.util.Arrays;
import java.util.Set;

/**
 * What students say besides questions, in English and Italian: greetings, thanks, goodbyes, "I don't
 * understand", "ok". Each deserves a short fitting word rather than a search of the regulations (and is no
 * unanswered question for staff to look at).
 */
final class SmallTalk {

    enum Kind { GREETING, THANKS, BYE, CONFUSED, OK, NONE }

    private static final int MAX_WORDS = 6;
    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hiya", "ciao", "salve", "buongiorno",
            "buonasera", "good", "morning", "afternoon", "evening", "there", "yo", "start", "bot", "advisor", "hola");
    private static final Set<String> THANKING = Set.of("thanks", "thank", "thx", "ty", "grazie", "merci", "tnx",
            "cheers");
    private static final Set<String> BYES = Set.of("bye", "goodbye", "arrivederci", "addio", "cya", "later", "see",
            "you", "soon", "alla", "prossima", "buona", "giornata", "serata", "notte", "buonanotte");
    private static final Set<String> OKS = Set.of("ok", "okay", "okk", "k", "kk", "fine", "great", "perfect",
            "perfetto", "va", "bene", "capito", "chiaro", "got", "it", "understood", "cool", "nice", "good", "alright",
            "right", "sure", "d'accordo", "daccordo", "ottimo", "benissimo");
    /** Words that may go with thanks or a goodbye ("thank you so much", "grazie mille ciao"). */
    private static final Set<String> POLITE = Set.of("you", "very", "much", "so", "a", "lot", "mille", "tante",
            "tanto", "davvero", "really", "again", "ancora", "ciao", "bye", "ok", "okay", "great", "perfect", "perfetto",
            "for", "the", "help", "per", "l'aiuto", "aiuto", "mi", "hai", "aiutato", "helpful", "you've", "been", "e",
            "and", "have", "nice", "day", "buona", "giornata");
    private static final Set<String> CONFUSED = Set.of("i don't understand", "i dont understand", "i do not understand",
            "don't understand", "dont understand", "not clear", "what do you mean", "what", "huh", "eh",
            "non capisco", "non ho capito", "cosa intendi", "non e chiaro", "che vuol dire", "cioe", "??", "?");

    private SmallTalk() {
    }

    static Kind of(String text) {
        String folded = WordLists.fold(text).replaceAll("[^\\p{L}\\s'?]", " ").replaceAll("\\s+", " ").strip();
        if (CONFUSED.contains(folded.replaceAll("[.!]+$", "")) || CONFUSED.contains(folded.replace("?", "").strip())) {
            return folded.isEmpty() ? Kind.NONE : Kind.CONFUSED;
        }
        String[] words = folded.replace("?", " ").strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > MAX_WORDS) {
            return Kind.NONE;
        }
        if (Arrays.stream(words).allMatch(GREETINGS::contains)) {
            return Kind.GREETING;
        }
        boolean thanking = Arrays.stream(words).anyMatch(w -> THANKING.contains(w) || w.startsWith("thank"));
        if (thanking && Arrays.stream(words).allMatch(w -> THANKING.contains(w) || w.startsWith("thank")
                || POLITE.contains(w) || BYES.contains(w))) {
            return Kind.THANKS;
        }
        boolean leaving = Arrays.stream(words).anyMatch(w -> BYES.contains(w) && !Set.of("you", "see", "soon",
                "alla", "buona").contains(w));
        if (leaving && Arrays.stream(words).allMatch(w -> BYES.contains(w) || POLITE.contains(w))) {
            return Kind.BYE;
        }
        if (Arrays.stream(words).allMatch(OKS::contains)) {
            return Kind.OK;
        }
        return Kind.NONE;
    }
}
