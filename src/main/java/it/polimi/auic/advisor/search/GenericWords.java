package it.polimi.auic.advisor.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Everyday words that say little about a question's topic ("happen", "put", "whole", "fix", "dopo").
 * When the regulations lack such a word it should barely count against answering: a student asking "can I
 * put a workshop instead of an optional course" is still asking about workshops. Nouns that name a topic
 * (gym, bank, rent, weather) are deliberately not here: missing them is what marks a question as off-topic.
 */
final class GenericWords {

    private static final List<String> WORDS = List.of(
            // verbs
            "go", "goes", "went", "gone", "come", "came", "put", "puts", "see", "saw", "seen", "look", "looking",
            "let", "like", "liked", "join", "fix", "try", "tried", "talk", "say", "said", "think", "thought",
            "give", "gave", "given", "keep", "kept", "leave", "left", "find", "found", "become", "became", "seem",
            "feel", "felt", "bring", "show", "hear", "help", "start", "started", "begin", "finish", "finished",
            "happen", "happened", "happens", "forgot", "forget", "understand", "explain", "mean", "check", "work",
            "worked", "stand", "track", "split", "shorten", "round", "weigh", "miss", "missed", "lose", "lost",
            "pass", "passed", "fail", "failed", "failing", "retire", "retired", "do", "did", "make", "made", "use",
            "used", "using", "wish", "hope", "plan", "plans", "manage", "allow", "allowed", "count", "counts",
            "matter", "matters", "care", "change", "stay", "wait", "sure", "ask", "asked", "asking", "answer",
            // adjectives and adverbs
            "happy", "whole", "entire", "exact", "exactly", "directly", "yet", "never", "ever", "always", "already",
            "somehow", "someone", "somebody", "anyone", "anybody", "everyone", "nobody", "kind", "sort", "type",
            "thing", "things", "stuff", "way", "ways", "part", "lot", "lots", "bit", "little", "big", "small",
            "good", "bad", "best", "better", "worse", "right", "wrong", "possible", "impossible", "normal", "usual",
            "real", "really", "true", "false", "new", "old", "same", "different", "similar", "certain", "whenever",
            "wherever", "whatever", "though", "although", "however", "instead", "back", "late", "early", "soon",
            "middle", "limit", "limits", "max", "maximum", "min", "minimum", "total", "overall", "inside", "outside",
            "mistake", "problem", "problems", "issue", "question", "questions", "info", "information", "detail",
            "details", "percent", "plus", "minus", "half", "double", "single", "first", "second", "third", "last",
            "next", "previous", "current", "now", "then", "today", "yesterday", "still", "ago", "mine", "own",
            "time", "times", "day", "days", "moment", "hour", "clock", "people", "person", "life", "world",
            "name", "meaning", "something", "anything", "everything", "nothing", "somewhere", "anywhere",
            // Italian everyday words
            "come", "funziona", "dopo", "prima", "entro", "senza", "ogni", "tutti", "tutto", "altro", "altra",
            "altri", "qualche", "qualcosa", "gia", "ancora", "mai", "sempre", "solo", "soli", "piu", "meno",
            "fatto", "fatti", "dare", "dato", "mettere", "metto", "messo", "prendere", "prendono", "vengono",
            "viene", "vengo", "danno", "tengono", "conta", "contano", "conto", "serve", "servono", "trovo",
            "trovare", "chiedere", "chiedo", "scrivere", "scrivo", "scritti", "iniziare", "cominciare", "uguali",
            "problema", "percorso", "modo", "cosa", "volta", "volte", "anno", "anni", "mese", "mesi", "giorno");

    private final Set<String> stems;

    GenericWords(Analyzer contentAnalyzer) {
        Set<String> all = new HashSet<>();
        for (String word : WORDS) {
            Tokens.of(contentAnalyzer, SearchFields.ENGLISH.body(), word).forEach(t -> all.add(t.term()));
        }
        this.stems = Set.copyOf(all);
    }

    boolean contains(String stem) {
        return stems.contains(stem);
    }
}
