package it.polimi.auic.advisor.telegram.send;

import it.polimi.auic.advisor.logging.Redactor;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Why a Bot API call failed, reduced to what decides the next step: wait and retry ({@link Kind#RATE_LIMITED}),
 * retry with backoff ({@link Kind#TRANSIENT}), change the request ({@link Kind#REJECTED}, a 400), or give up
 * ({@link Kind#PERMANENT}). The description is redacted and safe to log.
 */
public record ApiFailure(Kind kind, int code, Duration retryAfter, String description) {

    public enum Kind { RATE_LIMITED, TRANSIENT, REJECTED, PERMANENT }

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Pattern RETRY_AFTER_TEXT = Pattern.compile("retry after (\\d+)");

    public static ApiFailure classify(Throwable error) {
        Throwable cause = unwrap(error);
        String description = Redactor.redact(String.valueOf(cause.getMessage()));
        if (cause instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            return fromCode(request.getErrorCode(), retryAfter(request), description);
        }
        if (cause instanceof TelegramApiValidationException) {
            return new ApiFailure(Kind.PERMANENT, 0, Duration.ZERO, description);
        }
        if (isNetworkFault(cause)) {
            // Connection refused, reset or timed out, or a body that is not the Bot API's JSON (a proxy's error page).
            return new ApiFailure(Kind.TRANSIENT, 0, Duration.ZERO, description);
        }
        return new ApiFailure(Kind.PERMANENT, 0, Duration.ZERO, description);
    }

    static ApiFailure fromCode(int code, Duration retryAfter, String description) {
        if (code == 429 || code == 420) {
            return new ApiFailure(Kind.RATE_LIMITED, code, retryAfter == null ? DEFAULT_RETRY_AFTER : retryAfter, description);
        }
        if (code >= 500) {
            return new ApiFailure(Kind.TRANSIENT, code, Duration.ZERO, description);
        }
        if (code == 400) {
            return new ApiFailure(Kind.REJECTED, code, Duration.ZERO, description);
        }
        return new ApiFailure(Kind.PERMANENT, code, Duration.ZERO, description);
    }

    private static Duration retryAfter(TelegramApiRequestException request) {
        if (request.getParameters() != null && request.getParameters().getRetryAfter() != null) {
            return Duration.ofSeconds(Math.max(0, request.getParameters().getRetryAfter()));
        }
        Matcher matcher = RETRY_AFTER_TEXT.matcher(String.valueOf(request.getApiResponse()));
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : null;
    }

    private static boolean isNetworkFault(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public String toString() {
        return kind + (code > 0 ? " " + code : "") + ": " + description;
    }
}
