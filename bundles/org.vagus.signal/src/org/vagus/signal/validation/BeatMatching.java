package org.vagus.signal.validation;

import java.util.Arrays;

import org.vagus.core.units.SamplingRate;
import org.vagus.io.AnnotationSet;
import org.vagus.signal.RPeaks;

/**
 * Beat-by-beat matching of detections against reference beat annotations after ANSI/AAMI EC57 (as WFDB's
 * {@code bxb} applies it): a detection matches a reference beat when they lie within the match window (150 ms
 * by default) of each other; each detection matches at most one reference beat and vice versa. Reference beats
 * are the beat annotation codes only ({@link org.vagus.io.Annotation#isBeat()}); rhythm, noise and comment
 * annotations are ignored. Beats and detections before {@code skip} seconds are left out (bxb leaves out the
 * first 5 minutes by default).
 * <p>
 * Pairing: the reference beats are taken in time order and each is paired with the nearest still unpaired
 * detection within the window (the earlier one on a tie); detections passed over stay unpaired (false
 * positives).
 *
 * @since 0.1.0
 */
public final class BeatMatching {
    /** The EC57 match window, in seconds. */
    public static final double DEFAULT_WINDOW_S = 0.150;

    private BeatMatching() {
    }

    /**
     * Matches detections to the beats of a reference annotator. When the two clocks differ, reference times
     * are converted to the detections' clock.
     *
     * @param reference the reference annotations (only beats count)
     * @param detected the detections
     * @param windowS the match window in seconds (150 ms in EC57)
     * @param skipS seconds at the start left out of the comparison
     */
    public static MatchCounts match(AnnotationSet reference, RPeaks detected, double windowS, double skipS) {
        SamplingRate rate = detected.rate();
        long[] ref = reference.beatSamples();
        if (!reference.rate().equals(rate)) {
            double k = rate.hertz() / reference.rate().hertz();
            for (int i = 0; i < ref.length; i++) {
                ref[i] = Math.round(ref[i] * k);
            }
        }
        int[] det = detected.samples();
        long[] d = new long[det.length];
        for (int i = 0; i < det.length; i++) {
            d[i] = det[i];
        }
        return match(ref, d, rate, windowS, skipS);
    }

    /**
     * Matches two sorted lists of sample indices at the same rate.
     *
     * @param reference reference beat samples, in increasing order
     * @param detected detected beat samples, in increasing order
     */
    public static MatchCounts match(long[] reference, long[] detected, SamplingRate rate, double windowS,
            double skipS) {
        if (!(windowS >= 0) || !(skipS >= 0)) {
            throw new IllegalArgumentException("window and skip must be >= 0 s: " + windowS + ", " + skipS);
        }
        long tol = Math.round(windowS * rate.hertz());
        long start = (long) Math.ceil(skipS * rate.hertz() - 1e-9);
        long[] ref = Arrays.stream(reference).filter(s -> s >= start).toArray();
        long[] det = Arrays.stream(detected).filter(s -> s >= start).toArray();
        long tp = 0;
        int j = 0;
        for (long r : ref) {
            while (j < det.length && det[j] < r - tol) {
                j++;
            }
            int best = -1;
            for (int k = j; k < det.length && det[k] <= r + tol; k++) {
                if (best < 0 || Math.abs(det[k] - r) < Math.abs(det[best] - r)) {
                    best = k;
                }
            }
            if (best >= 0) {
                tp++;
                j = best + 1;
            }
        }
        return new MatchCounts(tp, det.length - tp, ref.length - tp);
    }
}
