package org.vagus.signal.beats;

import java.util.Objects;

import org.vagus.core.model.Event;

/**
 * One trial's epoch: the series around one event, baseline-corrected.
 *
 * @param event the event the epoch is locked to
 * @param values the baseline-corrected values on the grid relative to the event (time 0 is the grid point
 *        nearest to the event's onset); NaN where the series has no value or the baseline had none
 * @param baseline the baseline that was subtracted (mean of the available values in the baseline window), NaN if
 *        the baseline window had no value
 * @param snapSeconds the grid point used as time 0 minus the event's onset, in seconds (at most half a grid step)
 * @since 0.1.0
 */
public record Epoch(Event event, RegularSeries values, double baseline, double snapSeconds) {
    public Epoch {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(values, "values");
    }
}
