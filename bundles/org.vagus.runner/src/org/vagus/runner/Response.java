package org.vagus.runner;

import java.util.Objects;

/**
 * A response of the participant: a key (or a mouse button, a touch target) at a time.
 *
 * @param key what was pressed, in the vocabulary of the screen's {@link org.vagus.paradigm.ResponseWindow}
 * @param hostNanos when, on the session's clock (the time the input event was stamped, not when it was handled)
 * @since 0.1.0
 */
public record Response(String key, long hostNanos) {
    public Response {
        Objects.requireNonNull(key, "key");
    }
}
