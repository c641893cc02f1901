package it.polimi.auic.advisor.chat;

import it.polimi.auic.advisor.language.Language;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The replies that introduce the advisor: /start, /help, /about, and a greeting. */
final class Welcome {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/Rome"));

    private Welcome() {
    }

    static ChatReply reply(Language language) {
        return ChatReply.builder()
                .text(Texts.welcome(language))
                .text(Texts.examples(language))
                .keyboard(calculatorButtons(language))
                .build();
    }

    static ChatReply help(Language language) {
        return ChatReply.builder()
                .text(Texts.help(language))
                .text(Texts.examples(language))
                .keyboard(calculatorButtons(language))
                .build();
    }

    static ChatReply about(Snapshot snapshot, Language language) {
        String documents = snapshot.knowledge().documents().stream()
                .map(d -> d.title())
                .collect(Collectors.joining("; "));
        return ChatReply.text(Texts.about(language, documents, snapshot.knowledge().academicYears(),
                DAY.format(snapshot.knowledge().lastModified())));
    }

    /** The calculators as buttons; each sends its command. */
    static List<List<Button>> calculatorButtons(Language language) {
        return List.of(
                List.of(new Button(language.pick("Automatic admission?", "Ammissione automatica?"), "/admission"),
                        new Button(language.pick("Merit score", "Punteggio di merito"), "/merit")),
                List.of(new Button(language.pick("Alliance4Tech plan", "Piano Alliance4Tech"), "/alliance"),
                        new Button(language.pick("Studio exam deadline", "Scadenza esame laboratorio"), "/studio")),
                List.of(new Button(language.pick("Parameter G", "Parametro G"), "/g")));
    }
}
