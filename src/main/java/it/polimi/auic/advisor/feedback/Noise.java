package it.polimi.auic.advisor.feedback;

import it.polimi.auic.advisor.language.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages that are not questions, left out of the report's groups so that staff see what students asked.
 * Each kind is told by the shape of the message, never by a list of messages:
 * <ul>
 *   <li>{@link #COMMAND}: starts with '/' and a letter ("/start", "/reload@AuicBot"), or is only a word people
 *       send as a command without the slash ("clear", "menu", "esci"; {@code /feedback/command-words.txt});</li>
 *   <li>{@link #SYMBOLS}: no letter and no digit at all ("???", "👍", "…");</li>
 *   <li>{@link #SINGLE_LETTER}: one letter or digit, whatever surrounds it ("c", "x?");</li>
 *   <li>{@link #GIBBERISH}: no word of it is a known word ({@link KnownWords}), and every word looks typed at
 *       random: no vowel ("sdfg"), a letter three times running ("kkkkk"), five consonants running
 *       ("asdfgh"), or a short chunk typed over and over ("asdasd", "hahaha").</li>
 * </ul>
 * An unknown word that could be said ("ISEE", "visa", "mensa") keeps its message: a real question about
 * something the advisor has never heard of is just what staff need to see. A word with a digit ("b2",
 * "2024") or in another alphabet is not judged: the shape rules are those of Latin-alphabet words.
 */
public enum Noise {
    SINGLE_LETTER("single letters"),
    COMMAND("commands"),
    SYMBOLS("emoji-only"),
    GIBBERISH("gibberish");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final java.util.Set<String> COMMAND_WORDS = WordLists.read("/feedback/command-words.txt");
    private static final Pattern LATIN_LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern SAME_LETTER_THRICE = Pattern.compile("([a-z])\\1\\1");
    private static final Pattern FIVE_CONSONANTS = Pattern.compile("[b-df-hj-np-tv-xz]{5}");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    private static final Pattern SHORT_CHUNK_REPEATED = Pattern.compile("([a-z]{1,3})\\1+");
    /** Shorter words made of one chunk twice ("papa", "mama", "coco") are too often real. */
    private static final int MIN_REPEATED_LENGTH = 6;

    private final String label;

    Noise(String label) {
        this.label = label;
    }

    /** How staff read this kind in the report's summary line ("single letters", "commands", ...). */
    public String label() {
        return label;
    }

    /** The kind of noise a message is, or empty when it may be a question. */
    static Optional<Noise> of(String message, KnownWords known) {
        String text = message.strip();
        if (text.length() > 1 && text.charAt(0) == '/' && Character.isLetter(text.codePointAt(1))) {
            return Optional.of(COMMAND);
        }
        long lettersAndDigits = text.codePoints().filter(Character::isLetterOrDigit).count();
        if (lettersAndDigits == 0) {
            return Optional.of(SYMBOLS);
        }
        if (lettersAndDigits == 1) {
            return Optional.of(SINGLE_LETTER);
        }
        List<String> words = words(text);
        if (words.size() == 1 && COMMAND_WORDS.contains(words.get(0))) {
            return Optional.of(COMMAND);
        }
        // The shape is checked first: it is quick, and most messages fail it at their first word.
        if (words.stream().allMatch(Noise::looksTypedAtRandom) && words.stream().noneMatch(known::knows)) {
            return Optional.of(GIBBERISH);
        }
        return Optional.empty();
    }

    /** The message's words, lower case, accents folded. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(WordLists.fold(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static boolean looksTypedAtRandom(String word) {
        if (!LATIN_LETTERS.matcher(word).matches()) {
            return false;
        }
        return !VOWEL.matcher(word).find()
                || SAME_LETTER_THRICE.matcher(word).find()
                || FIVE_CONSONANTS.matcher(word).find()
                || (word.length() >= MIN_REPEATED_LENGTH && SHORT_CHUNK_REPEATED.matcher(word).matches());
    }
}
