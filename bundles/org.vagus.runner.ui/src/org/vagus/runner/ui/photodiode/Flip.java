package org.vagus.runner.ui.photodiode;

/**
 * A flip of the light under the photodiode patch.
 *
 * @param seconds when the light crossed the level half-way between dark and light, in seconds on the recording's
 *            time base (linearly interpolated between the two samples around the crossing)
 * @param toLight true for dark to light, false for light to dark
 * @param sample the index of the sample at which the hysteresis confirmed the flip (the new state's threshold was
 *            crossed); at or after the crossing
 * @since 0.1.0
 */
public record Flip(double seconds, boolean toLight, int sample) {
}
