package org.vagus.paradigm;

import java.util.List;

/**
 * Response collection during a screen: which keys count as responses and whether the first response ends the
 * screen. Reaction times are measured from the screen's actual onset.
 *
 * @param keys the accepted responses (key names such as {@code 1} .. {@code 8}); empty: any key. Copied
 * @param endsPhase true if the first response ends the screen early (a fixed duration is then a time limit)
 * @since 0.1.0
 */
public record ResponseWindow(List<String> keys, boolean endsPhase) {

    /** @throws NullPointerException if {@code keys} or one of them is null */
    public ResponseWindow {
        keys = List.copyOf(keys);
    }

    /** Accepts the given keys without ending the screen. */
    public static ResponseWindow of(List<String> keys) {
        return new ResponseWindow(keys, false);
    }

    /** True if {@code key} counts as a response. */
    public boolean accepts(String key) {
        return keys.isEmpty() || keys.contains(key);
    }
}
