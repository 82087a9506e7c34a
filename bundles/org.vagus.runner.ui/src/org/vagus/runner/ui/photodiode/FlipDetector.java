package org.vagus.runner.ui.photodiode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds the flips of the photodiode patch in a sampled light channel: a threshold with hysteresis, as in photodiode
 * timing studies (e.g. Bridges et al. 2020, "The timing mega-study", PeerJ 8:e9414).
 * <ol>
 * <li>The dark and light levels are estimated as the 5th and 95th percentiles of the (smoothed) signal, unless
 * given; the signal must hold both states for at least 5 % of the time each.</li>
 * <li>Optionally the signal is smoothed by a centred (zero-phase) moving average, for backlights dimmed by pulse-width
 * modulation whose light chops at hundreds of hertz.</li>
 * <li>Hysteresis: from the dark state a flip to light is confirmed when the signal reaches
 * {@code dark + high * (light - dark)}; from the light state a flip to dark when it falls to
 * {@code dark + low * (light - dark)} ({@code low < high}, by default 0.3 and 0.7). Noise smaller than the band
 * between the two thresholds cannot make flips.</li>
 * <li>The flip's time is the crossing of the mid level {@code dark + 0.5 (light - dark)} just before the confirmation,
 * linearly interpolated between the two samples around it: sub-sample precision on a sharp edge, and on a slow one
 * (a sensor's rise time) the time of the half-way point, a fixed delay of about 0.7 time constants after the light
 * began to change, which a latency figure includes.</li>
 * <li>Optionally a minimum interval: two flips closer than it are taken as a glitch (a spike or a dip) and both
 * are dropped.</li>
 * </ol>
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FlipDetector {
    /** The percentiles (in %) that estimate the dark and light levels. */
    static final double DARK_PERCENTILE = 5;
    static final double LIGHT_PERCENTILE = 95;

    private final double low;
    private final double high;
    private final Duration smoothing;
    private final Duration minInterval;

    /**
     * The dark and light levels of a light channel.
     *
     * @param dark the level under the black patch
     * @param light the level under the white patch, above {@code dark}
     */
    public record Levels(double dark, double light) {
        /** @throws IllegalArgumentException if {@code light <= dark} */
        public Levels {
            if (!(light > dark)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "light level %.4g must be above the"
                        + " dark level %.4g", light, dark));
            }
        }

        /** The level at a fraction of the way from dark (0) to light (1). */
        public double at(double fraction) {
            return dark + fraction * (light - dark);
        }
    }

    /**
     * @param lowFraction the threshold back to dark, as a fraction of the way from dark to light
     * @param highFraction the threshold to light, above {@code lowFraction}
     * @param smoothing the width of the centred moving average; zero for none
     * @param minInterval the shortest time between two flips; zero for no limit
     * @throws IllegalArgumentException if the fractions are not {@code 0 < low < 0.5 < high < 1} or a duration is
     *             negative
     */
    public FlipDetector(double lowFraction, double highFraction, Duration smoothing, Duration minInterval) {
        if (!(lowFraction > 0 && lowFraction < 0.5 && highFraction > 0.5 && highFraction < 1)) {
            throw new IllegalArgumentException("hysteresis fractions " + lowFraction + " and " + highFraction
                    + ": expected 0 < low < 0.5 < high < 1");
        }
        if (smoothing.isNegative() || minInterval.isNegative()) {
            throw new IllegalArgumentException("smoothing and minimum interval must not be negative");
        }
        this.low = lowFraction;
        this.high = highFraction;
        this.smoothing = smoothing;
        this.minInterval = minInterval;
    }

    /** Thresholds at 30 % and 70 %, no smoothing, no minimum interval. */
    public static FlipDetector defaults() {
        return new FlipDetector(0.3, 0.7, Duration.ZERO, Duration.ZERO);
    }

    /** A copy with a centred moving average of this width (for PWM-dimmed backlights; 5 ms is typical). */
    public FlipDetector withSmoothing(Duration width) {
        return new FlipDetector(low, high, width, minInterval);
    }

    /** A copy that drops pairs of flips closer than this as glitches (half the shortest screen is safe). */
    public FlipDetector withMinInterval(Duration interval) {
        return new FlipDetector(low, high, smoothing, interval);
    }

    /**
     * Estimates the dark and light levels from the 5th and 95th percentiles of the (smoothed) signal.
     *
     * @throws IllegalArgumentException if the signal is flat: no flips to find
     */
    public Levels levels(LightSignal signal) {
        double[] s = smoothed(signal);
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        double dark = percentile(sorted, DARK_PERCENTILE);
        double light = percentile(sorted, LIGHT_PERCENTILE);
        if (!(light > dark)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the light channel does not change (5th and"
                    + " 95th percentiles both %.4g %s): is the sensor on the photodiode patch, and the patch enabled?",
                    dark, signal.unit()));
        }
        return new Levels(dark, light);
    }

    /** The flips in a signal, with levels estimated from it ({@link #levels}). */
    public List<Flip> detect(LightSignal signal) {
        return detect(signal, levels(signal));
    }

    /** The flips in a signal, with known levels (for instance measured once with the patch held white and black). */
    public List<Flip> detect(LightSignal signal, Levels levels) {
        double[] s = smoothed(signal);
        double lowLevel = levels.at(low);
        double highLevel = levels.at(high);
        double mid = levels.at(0.5);
        long minSamples = Math.round(minInterval.toNanos() / 1e9 * signal.rate().hertz());
        List<Flip> flips = new ArrayList<>();
        boolean light = s[0] >= mid;
        int lastFlip = Integer.MIN_VALUE / 2;
        for (int i = 1; i < s.length; i++) {
            boolean flipped = light ? s[i] <= lowLevel : s[i] >= highLevel;
            if (!flipped) {
                continue;
            }
            light = !light;
            if ((long) i - lastFlip < minSamples) {
                // too close to the previous flip: a glitch; undo both and keep the state from before it
                flips.remove(flips.size() - 1);
                lastFlip = flips.isEmpty() ? Integer.MIN_VALUE / 2 : flips.get(flips.size() - 1).sample();
                continue;
            }
            flips.add(new Flip(signal.secondsAt(crossing(s, i, mid, light)), light, i));
            lastFlip = i;
        }
        return List.copyOf(flips);
    }

    /**
     * The fractional sample position where the signal crossed {@code mid} on its way to the new state, searching
     * back from the confirming sample {@code i}.
     */
    private static double crossing(double[] s, int i, double mid, boolean toLight) {
        int j = i;
        while (j > 0 && (toLight ? s[j - 1] >= mid : s[j - 1] <= mid)) {
            j--;
        }
        if (j == 0) {
            return 0;
        }
        double a = s[j - 1];
        double b = s[j];
        return (j - 1) + (mid - a) / (b - a);
    }

    private double[] smoothed(LightSignal signal) {
        double[] x = signal.array();
        int half = (int) Math.round(smoothing.toNanos() / 1e9 * signal.rate().hertz() / 2);
        if (half < 1) {
            return x;
        }
        // centred moving average with shrinking windows at the ends: zero phase, so no delay to correct
        double[] prefix = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            prefix[i + 1] = prefix[i] + x[i];
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int a = Math.max(0, i - half);
            int b = Math.min(x.length - 1, i + half);
            y[i] = (prefix[b + 1] - prefix[a]) / (b - a + 1);
        }
        return y;
    }

    /** Linear interpolation between closest ranks of sorted values. */
    private static double percentile(double[] sorted, double percent) {
        double pos = percent / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FlipDetector[hysteresis %.0f-%.0f %%, smoothing %d ms, min interval %d ms]",
                low * 100, high * 100, smoothing.toMillis(), minInterval.toMillis());
    }
}
