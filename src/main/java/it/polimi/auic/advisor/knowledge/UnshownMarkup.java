package it.polimi.auic.advisor.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup that students would read character by character: replies quote the regulation's text as plain
 * text, so a table pasted from a web page arrives as rows of '|', a bold word between '**'. Staff are
 * warned at the line, with what to write instead; the text is still served.
 */
final class UnshownMarkup {

    /** One kind of markup: how to spot it on a line and what to tell staff. */
    private record Kind(Pattern pattern, String advice) {

        Optional<String> in(String line) {
            Matcher matcher = pattern.matcher(line);
            return matcher.find() ? Optional.of("'" + shortened(matcher.group()) + "' " + advice) : Optional.empty();
        }
    }

    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$|^\\s*\\|?\\s*:?-{3,}:?\\s*\\|");

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("^\\s*(```|~~~)"), "starts a code block, which students would read as it is; "
                    + "write the text plainly"),
            new Kind(Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)"), "is an image, which the bot cannot show; "
                    + "describe it in words"),
            new Kind(Pattern.compile("\\[[^\\]]+]\\([^)\\s]+\\)"), "is a Markdown link, which students would read "
                    + "as it is; write the label and then the address in full"),
            new Kind(Pattern.compile("</?(?i:b|i|u|em|strong|br|p|div|span|a|img|table|tr|td|th|ul|ol|li|sup|sub|h[1-6])"
                    + "\\b[^>]*>"), "is an HTML tag, which students would read as it is; write plain text"),
            new Kind(Pattern.compile("\\*\\*[^*]+\\*\\*|__[^_]+__"), "is bold Markdown, which students would read "
                    + "with its '**' or '__'; write the words plainly"));

    private UnshownMarkup() {
    }

    /**
     * Warns about every line of {@code source} from {@code from} to {@code to} (1-based, inclusive) holding
     * markup, one warning per table (at its first row).
     */
    static void check(SourceLines source, int from, int to, List<Problem> warnings) {
        boolean inTable = false;
        for (int n = from; n <= to; n++) {
            String line = source.line(n);
            boolean tableRow = TABLE_ROW.matcher(line).find();
            if (tableRow && !inTable) {
                warnings.add(new Problem(source.file(), n, "a table: students would read its '|' characters as "
                        + "they are; write each row as a sentence or as a '- ' list item"));
            }
            inTable = tableRow;
            if (tableRow) {
                continue;
            }
            for (Kind kind : KINDS) {
                Optional<String> found = kind.in(line);
                if (found.isPresent()) {
                    warnings.add(new Problem(source.file(), n, found.get()));
                    break;
                }
            }
        }
    }

    private static String shortened(String markup) {
        return markup.length() <= 40 ? markup : markup.substring(0, 37) + "...";
    }
}
