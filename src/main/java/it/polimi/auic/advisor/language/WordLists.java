package it.polimi.auic.advisor.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists shipped as resource files (one or more words per line, {@code #} starts a comment saying what a
 * group is for), and the folding every list and message goes through before they are compared.
 */
public final class WordLists {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private WordLists() {
    }

    /** The words of a resource list, folded. */
    public static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = hash < 0 ? line : line.substring(0, hash);
                for (String word : content.strip().split("[\\s,]+")) {
                    if (!word.isEmpty()) {
                        words.add(fold(word));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }

    /** Lower case, accents removed ("perché" as "perche"), typographic apostrophes as straight ones. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        return ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
