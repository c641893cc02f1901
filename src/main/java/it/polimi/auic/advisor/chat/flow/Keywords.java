package it.polimi.auic.advisor.chat.flow;

import java.util.Set;

/** The words that steer a flow rather than answer it, in English and Italian (and as the buttons send them). */
final class Keywords {

    static final String BACK = "back";
    static final String CANCEL = "/cancel";
    static final String SKIP = "skip";
    static final String DONE = "done";
    static final String CHANGE = "change answers";

    private static final Set<String> BACK_WORDS = Set.of("back", "/back", "go back", "indietro", "/indietro", "torna indietro");
    private static final Set<String> CANCEL_WORDS = Set.of("/cancel", "cancel", "/annulla", "annulla", "/stop", "stop",
            "quit", "exit", "esci");
    private static final Set<String> SKIP_WORDS = Set.of("skip", "/skip", "salta", "/salta", "don't know", "dont know",
            "i don't know", "i dont know", "non so", "non lo so");
    private static final Set<String> DONE_WORDS = Set.of("done", "/done", "finished", "that's all", "thats all", "fatto",
            "fine", "finito", "basta", "ok done");

    private static final Set<String> CHANGE_WORDS = Set.of("change answers", "try other values", "other values",
            "change", "change values", "prova altri valori", "altri valori", "cambia", "cambia valori", "cambia risposte");

    private Keywords() {
    }

    static boolean isBack(String simplified) {
        return BACK_WORDS.contains(simplified);
    }

    static boolean isCancel(String simplified) {
        return CANCEL_WORDS.contains(simplified);
    }

    static boolean isSkip(String simplified) {
        return SKIP_WORDS.contains(simplified);
    }

    static boolean isChange(String simplified) {
        return CHANGE_WORDS.contains(simplified);
    }

    static boolean isDone(String simplified) {
        return DONE_WORDS.contains(simplified);
    }
}
