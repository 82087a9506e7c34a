package org.vagus.signal.beats;

import java.util.List;
import java.util.Objects;

import org.vagus.core.units.Unit;

/**
 * Heart rate in beats per minute on a regular grid, with the interpolation that made it and the segments that
 * were marked unusable (NaN in the series). Made by {@link HeartRate}.
 *
 * @param bpm the series, unit {@link Unit#BEATS_PER_MINUTE}, time origin the recording's first sample
 * @param interpolation how the beat-by-beat rate was put on the grid (also in the parameters)
 * @param unusable the segments whose values are NaN
 * @since 0.1.0
 */
public record HeartRateSeries(RegularSeries bpm, Interpolation interpolation, List<TimeSegment> unusable) {
    public HeartRateSeries {
        Objects.requireNonNull(bpm, "bpm");
        Objects.requireNonNull(interpolation, "interpolation");
        unusable = List.copyOf(unusable);
        if (!bpm.unit().equals(Unit.BEATS_PER_MINUTE)) {
            throw new IllegalArgumentException("heart rate series in " + bpm.unit() + ", expected bpm");
        }
    }
}
