package it.polimi.auic.advisor.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import it.polimi.auic.advisor.language.Language;

/**
 * The kind of fact a question asks for ("how many" asks for a number, "when" for a date or a period, "how
 * much does it cost" for an amount of money), and how that kind of fact looks in regulation text. A quote
 * answering the question should hold such a fact; for the strict kinds, a best sentence without one means
 * the rules do not give it. The cues and patterns are data, in {@code /search/answer-types.txt}.
 *
 * @param name    the type's name ("TIME")
 * @param cues    ways of asking for it, folded (lower case, no accents), each a list of words or phrases
 *                that must all be in the question
 * @param facts   patterns finding such a fact in a sentence
 * @param strict  whether a question of this type is refused when its best sentence has no such fact
 * @param wording what a reply calls such a fact, by language ("an amount of money"); empty when not strict
 * @param list    whether the answer is a whole list ("what kinds of mobility are there?"): a list unit holds it
 */
public record AnswerType(String name, List<List<String>> cues, List<Pattern> facts, boolean strict,
                         Map<Language, String> wording, boolean list) {

    private static final String RESOURCE = "/search/answer-types.txt";
    private static final List<AnswerType> TYPES = load();

    public AnswerType {
        cues = cues.stream().map(List::copyOf).toList();
        facts = List.copyOf(facts);
        wording = Map.copyOf(wording);
    }

    /** What a reply in {@code language} calls a fact of this kind. */
    public String wording(Language language) {
        return wording.getOrDefault(language, wording.getOrDefault(Language.EN, name.toLowerCase(Locale.ROOT)));
    }

    /** The types, in the order they are tried. */
    static List<AnswerType> all() {
        return TYPES;
    }

    /** The kind of fact {@code question} asks for, if it says: the first type, in file order, with a cue. */
    static Optional<AnswerType> askedBy(String question) {
        String text = " " + fold(question).replaceAll("[^\\p{L}\\p{N}€]+", " ") + " ";
        for (AnswerType type : TYPES) {
            for (List<String> cue : type.cues) {
                if (cue.stream().allMatch(part -> text.contains(" " + part + " "))) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the answer is a list of things rather than a fact within a sentence. */
    boolean wantsList() {
        return list;
    }

    /** Whether the text states a fact of this kind. */
    boolean foundIn(String text) {
        return facts.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** The pieces of the text that state a fact of this kind ("June", "8", "before"), in no particular order. */
    List<String> factsIn(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : facts) {
            var matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static List<AnswerType> load() {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Draft current = null;
        try (InputStream in = AnswerType.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                String content = line.strip();
                if (content.startsWith("## ")) {
                    current = drafts.computeIfAbsent(content.substring(3).strip(), Draft::new);
                } else if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                } else if (current == null) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": a line before the first '## TYPE'");
                } else {
                    current.read(content, RESOURCE + ":" + n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return drafts.values().stream().map(Draft::build).toList();
    }

    /** A type being read from the resource. */
    private static final class Draft {
        private final String name;
        private final List<List<String>> cues = new ArrayList<>();
        private final List<Pattern> facts = new ArrayList<>();
        private boolean strict;
        private boolean list;
        private final Map<Language, String> wording = new java.util.EnumMap<>(Language.class);

        Draft(String name) {
            this.name = name;
        }

        void read(String line, String where) {
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            switch (key) {
                case "ask" -> {
                    for (String cue : value.split(",")) {
                        List<String> parts = new ArrayList<>();
                        for (String part : cue.split("\\+")) {
                            String folded = fold(part).replaceAll("[^\\p{L}\\p{N}€]+", " ").strip();
                            if (!folded.isEmpty()) {
                                parts.add(folded);
                            }
                        }
                        if (!parts.isEmpty()) {
                            cues.add(parts);
                        }
                    }
                }
                case "find" -> facts.add(Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                case "strict" -> strict = value.equalsIgnoreCase("yes");
                case "answer" -> list = value.equalsIgnoreCase("a list");
                case "en" -> wording.put(Language.EN, value);
                case "it" -> wording.put(Language.IT, value);
                default -> throw new IllegalStateException(where + ": expected 'ask:', 'find:', 'answer:', 'strict:', 'en:' or 'it:'");
            }
        }

        AnswerType build() {
            if (strict && !wording.containsKey(Language.EN)) {
                throw new IllegalStateException(RESOURCE + ": strict type " + name + " needs 'en:' wording");
            }
            return new AnswerType(name, cues, facts, strict, wording, list);
        }
    }
}
