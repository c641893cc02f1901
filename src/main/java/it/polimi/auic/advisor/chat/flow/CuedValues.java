package it.polimi.auic.advisor.chat.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Ties the numbers of a sentence to the questions they answer by the word next to each ("my average is 27
 * with 150 credits, portfolio 15": average 27, credits 150, portfolio 15). A number goes to the question whose
 * word is nearest; a number as near to two, or near none, goes to neither.
 */
final class CuedValues {

    private CuedValues() {
    }

    /** The value text for each question key, from the questions' words. */
    static Map<String, String> assign(String text, Map<String, Set<String>> cuesByKey) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FreeText.Number number : FreeText.numbers(AnswerParsers.simplify(text))) {
            String nearest = null;
            int best = Integer.MAX_VALUE;
            boolean tie = false;
            for (Map.Entry<String, Set<String>> cues : cuesByKey.entrySet()) {
                int distance = number.distance(cues.getValue());
                if (distance < best) {
                    best = distance;
                    nearest = cues.getKey();
                    tie = false;
                } else if (distance == best && distance <= FreeText.Number.MAX_DISTANCE) {
                    tie = true;
                }
            }
            if (nearest != null && !tie && best <= FreeText.Number.MAX_DISTANCE) {
                values.putIfAbsent(nearest, number.raw());
            }
        }
        return values;
    }
}
