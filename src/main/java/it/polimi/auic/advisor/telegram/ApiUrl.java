package it.polimi.auic.advisor.telegram;

import it.polimi.auic.advisor.command.UsageException;
import it.polimi.auic.advisor.logging.Redactor;
import okhttp3.HttpUrl;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Reads {@code TELEGRAM_API_URL} (for example {@code http://127.0.0.1:8081}): which Bot API server to talk to. */
final class ApiUrl {

    static final String VARIABLE = "TELEGRAM_API_URL";

    private ApiUrl() {
    }

    /** The server named by the variable's value, or Telegram's own when it is unset or blank. */
    static TelegramUrl parse(String value) {
        if (value == null || value.isBlank()) {
            return new TelegramUrl("https", "api.telegram.org", 443, false);
        }
        HttpUrl url = HttpUrl.parse(value.strip());
        if (url == null) {
            throw new UsageException("telegram: " + VARIABLE + " must be a URL like http://127.0.0.1:8081, got '"
                    + Redactor.redact(value.strip()) + "'");
        }
        if (!"/".equals(url.encodedPath()) || url.encodedQuery() != null) {
            throw new UsageException("telegram: " + VARIABLE + " must be only scheme, host and port (like "
                    + "http://127.0.0.1:8081), got '" + Redactor.redact(value.strip()) + "'");
        }
        return new TelegramUrl(url.scheme(), url.host(), url.port(), false);
    }

    static String describe(TelegramUrl url) {
        return url.getSchema() + "://" + url.getHost() + ":" + url.getPort();
    }
}
