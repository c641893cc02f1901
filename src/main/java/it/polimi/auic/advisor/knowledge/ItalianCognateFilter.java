package it.polimi.auic.advisor.knowledge;

import it.polimi.auic.advisor.language.WordLists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Gives an Italian word the English ending of the same word ("certificazione" to "certification",
 * "mobilita" to "mobility"), so that an Italian question meets the English regulation text through the many
 * words the two languages share. The endings are data ({@code /language/italian-cognate-endings.txt}).
 * Expects lower-cased, accent-folded words; an English word passes through the same steps on both sides
 * of the index, so it still meets itself.
 */
final class ItalianCognateFilter extends TokenFilter {

    /** An Italian ending and the English one that replaces it. */
    private record Ending(String italian, String english) {
    }

    private static final int MIN_STEM = 3;
    private static final List<Ending> ENDINGS = load("/language/italian-cognate-endings.txt");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ItalianCognateFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        for (Ending ending : ENDINGS) {
            if (word.length() >= ending.italian().length() + MIN_STEM && word.endsWith(ending.italian())) {
                term.setEmpty().append(word, 0, word.length() - ending.italian().length()).append(ending.english());
                break;
            }
        }
        return true;
    }

    private static List<Ending> load(String resource) {
        List<Ending> endings = new ArrayList<>();
        try (InputStream in = ItalianCognateFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                String[] pair = content.strip().split("\\s+");
                if (pair.length == 2) {
                    endings.add(new Ending(WordLists.fold(pair[0]), WordLists.fold(pair[1])));
                } else if (!content.isBlank()) {
                    throw new IllegalStateException(resource + ": expected 'ITALIAN ENGLISH', got '" + line + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        endings.sort(Comparator.comparingInt((Ending e) -> e.italian().length()).reversed());
        return List.copyOf(endings);
    }
}
