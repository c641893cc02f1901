package it.polimi.auic.advisor.chat.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One question of a flow: its key, the names it may be given in pasted {@code name=value} arguments, how it is
 * asked, how an answer is read and checked, and when it is asked at all.
 *
 * @param key       the key its answer is kept under
 * @param names     names accepted in {@code name=value} arguments (lower case), including the CLI field name
 * @param prompt    the question, which may depend on earlier answers
 * @param parser    reads and checks one answer
 * @param relevance whether the question applies, given the answers so far
 * @param skip      the label of the skip button for an optional question; {@code null} when it must be answered
 * @param repeating takes several messages until "done" (the exams of G)
 * @param asked     false for values only power users give inline (e.g. the studio's "as of" day)
 */
record Step(String key, List<String> names, Prompt prompt, Parser parser, Relevance relevance, Phrase skip,
            boolean repeating, boolean asked) {

    interface Prompt {
        Question ask(Answers answers, FlowContext context);
    }

    interface Parser {
        Parsed parse(String text, Answers answers, FlowContext context);
    }

    interface Relevance {
        boolean applies(Answers answers, FlowContext context);
    }

    Step {
        List<String> all = new ArrayList<>();
        all.add(key.toLowerCase(Locale.ROOT));
        names.stream().map(n -> n.toLowerCase(Locale.ROOT)).filter(n -> !all.contains(n)).forEach(all::add);
        names = List.copyOf(all);
    }

    static Step of(String key, List<String> names, Prompt prompt, Parser parser) {
        return new Step(key, names, prompt, parser, (a, c) -> true, null, false, true);
    }

    Step when(Relevance condition) {
        return new Step(key, names, prompt, parser, condition, skip, repeating, asked);
    }

    Step optional(Phrase skipLabel) {
        return new Step(key, names, prompt, parser, relevance, skipLabel, repeating, asked);
    }

    /** Makes the question take several messages, until the student says done. */
    Step collecting() {
        return new Step(key, names, prompt, parser, relevance, skip, true, asked);
    }

    Step inlineOnly() {
        return new Step(key, names, prompt, parser, relevance, skip, repeating, false);
    }

    boolean isOptional() {
        return skip != null;
    }

    boolean applies(Answers answers, FlowContext context) {
        return relevance.applies(answers, context);
    }
}
