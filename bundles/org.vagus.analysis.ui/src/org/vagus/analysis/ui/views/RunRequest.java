package org.vagus.analysis.ui.views;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks the group results part to run the analysis: the Run Group Analysis command puts one into the workbench
 * context, the part receives it by injection. Each request is new, so asking twice runs twice.
 *
 * @param sequence distinguishes requests
 * @since 0.1.0
 */
public record RunRequest(long sequence) {
    private static final AtomicLong NEXT = new AtomicLong();

    /** A new request. */
    public static RunRequest next() {
        return new RunRequest(NEXT.incrementAndGet());
    }
}
