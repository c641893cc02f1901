package it.polimi.auic.advisor.chat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A choice offered under a reply. Pressing it sends {@code action} back to the chat core as if typed,
 * so every adapter that cannot draw buttons (a terminal) still works by typing the label or action.
 *
 * @param label  what the user sees
 * @param action what comes back when pressed; at most 64 bytes, Telegram's limit for callback data
 */
public record Button(String label, String action) {

    public static final int MAX_ACTION_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
        if (action.getBytes(StandardCharsets.UTF_8).length > MAX_ACTION_BYTES) {
            throw new IllegalArgumentException("button action over " + MAX_ACTION_BYTES + " bytes: " + action);
        }
    }

    /** A button whose action is its own label. */
    public static Button of(String label) {
        return new Button(label, label);
    }
}
