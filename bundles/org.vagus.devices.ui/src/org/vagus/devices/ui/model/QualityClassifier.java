package org.vagus.devices.ui.model;

import org.vagus.core.model.ChannelType;
import org.vagus.devices.ChannelDescription;

/**
 * Judges the last seconds of a channel as {@link SignalQuality#FLAT flat}, {@link SignalQuality#SATURATED saturated}
 * or {@link SignalQuality#OK OK}. Plain Java and immutable; the live monitor runs it a few times a second on the
 * last {@link #WINDOW_SECONDS} of each ring buffer.
 * <p>
 * The rules, in this order, over the finite samples of the window (lost frames, NaN, are counted and skipped):
 * <ol>
 * <li>fewer than {@code minSamples} finite samples: {@link SignalQuality#NO_DATA};</li>
 * <li>at least {@code saturatedFraction} of them within {@code railTolerance} of (or beyond) either end of the
 * converter's range {@code [railLow, railHigh]}: {@link SignalQuality#SATURATED}. Clipped R peaks of an ECG whose
 * gain is too high put 2-3 % of samples at the top rail; a lead off drives most amplifiers to a rail;</li>
 * <li>a peak-to-peak range at most {@code flatPeakToPeak}: {@link SignalQuality#FLAT};</li>
 * <li>otherwise {@link SignalQuality#OK}.</li>
 * </ol>
 * {@link #forChannel(ChannelDescription)} derives the thresholds from the channel's converter: for an
 * {@code n}-bit converter with transfer {@code physical = raw * scale + offset} the rails are the physical values of
 * codes {@code 0} and {@code 2^n - 1}, the tolerance half a code, and a line is flat if it spans at most two codes
 * (the quantisation noise of a constant input toggles one code either way).
 *
 * @param flatPeakToPeak the largest peak-to-peak range, in the channel's unit, still called flat; negative for
 *            never flat
 * @param railLow the physical value of the lowest converter code, or {@code -Infinity} if unknown
 * @param railHigh the physical value of the highest converter code, or {@code +Infinity} if unknown
 * @param railTolerance how close to a rail, in the channel's unit, counts as at the rail, >= 0
 * @param saturatedFraction the share of samples at the rails from which the channel is saturated, in (0, 1]
 * @param minSamples the fewest finite samples to judge, >= 1
 * @since 0.1.0
 */
public record QualityClassifier(double flatPeakToPeak, double railLow, double railHigh, double railTolerance,
        double saturatedFraction, int minSamples) {
    /** The window the live monitor classifies: the last 2 s. */
    public static final double WINDOW_SECONDS = 2;
    /** The default share of samples at a rail that makes a channel saturated: 1 % (20 samples in 2 s at 1000 Hz). */
    public static final double DEFAULT_SATURATED_FRACTION = 0.01;
    /** The default fewest samples to judge. */
    public static final int DEFAULT_MIN_SAMPLES = 10;

    /** @throws IllegalArgumentException on a NaN threshold, an empty range, or a fraction outside (0, 1] */
    public QualityClassifier {
        if (Double.isNaN(flatPeakToPeak) || Double.isNaN(railLow) || Double.isNaN(railHigh) || !(railLow < railHigh)
                || !(railTolerance >= 0) || !(saturatedFraction > 0 && saturatedFraction <= 1) || minSamples < 1) {
            throw new IllegalArgumentException("quality classifier: flat " + flatPeakToPeak + ", rails [" + railLow
                    + ", " + railHigh + "] +- " + railTolerance + ", saturated from " + saturatedFraction + ", min "
                    + minSamples + " samples; expected rails low < high, tolerance >= 0, fraction in (0, 1], min >= 1");
        }
    }

    /**
     * The classifier for a channel as its sensor describes it: converter rails and a two-code flat threshold for a
     * converter of 2..31 bits whose samples are codes or a linear transfer of them; for markers and 1-bit (digital)
     * channels never flat nor saturated; for channels of unknown resolution no rails, and flat only when constant.
     *
     * @param channel the channel
     * @return its classifier
     */
    public static QualityClassifier forChannel(ChannelDescription channel) {
        int bits = channel.resolutionBits();
        if (channel.type() == ChannelType.MARKER || bits == 1) {
            return new QualityClassifier(-1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                    DEFAULT_SATURATED_FRACTION, DEFAULT_MIN_SAMPLES);
        }
        if (bits >= 2 && bits <= 31) {
            double lsb = Math.abs(channel.scale());
            double a = channel.toPhysical(0);
            double b = channel.toPhysical((1L << bits) - 1);
            return new QualityClassifier(2 * lsb, Math.min(a, b), Math.max(a, b), lsb / 2, DEFAULT_SATURATED_FRACTION,
                    DEFAULT_MIN_SAMPLES);
        }
        return new QualityClassifier(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                DEFAULT_SATURATED_FRACTION, DEFAULT_MIN_SAMPLES);
    }

    /**
     * Classifies a window of samples.
     *
     * @param samples the samples, in the channel's unit; NaN for lost frames
     * @param off the first
     * @param len how many
     * @return the verdict with its figures
     */
    public ChannelQuality classify(double[] samples, int off, int len) {
        int finite = 0;
        int lost = 0;
        int atRail = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double railLo = railLow + railTolerance;
        double railHi = railHigh - railTolerance;
        for (int i = off; i < off + len; i++) {
            double v = samples[i];
            if (Double.isNaN(v)) {
                lost++;
                continue;
            }
            finite++;
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
            if (v <= railLo || v >= railHi) {
                atRail++;
            }
        }
        if (finite < minSamples) {
            return new ChannelQuality(SignalQuality.NO_DATA, finite, lost, finite == 0 ? Double.NaN : hi - lo,
                    finite == 0 ? 0 : (double) atRail / finite);
        }
        double ptp = hi - lo;
        double fraction = (double) atRail / finite;
        SignalQuality q;
        if (fraction >= saturatedFraction) {
            q = SignalQuality.SATURATED;
        } else if (ptp <= flatPeakToPeak) {
            q = SignalQuality.FLAT;
        } else {
            q = SignalQuality.OK;
        }
        return new ChannelQuality(q, finite, lost, ptp, fraction);
    }
}
