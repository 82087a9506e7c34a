package org.vagus.signal.validation;

/**
 * Beat-by-beat comparison counts (ANSI/AAMI EC57) with the derived figures.
 *
 * @param truePositives reference beats matched by a detection
 * @param falsePositives detections that match no reference beat
 * @param falseNegatives reference beats that no detection matches
 * @since 0.1.0
 */
public record MatchCounts(long truePositives, long falsePositives, long falseNegatives) {
    public MatchCounts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** No beats. */
    public static final MatchCounts ZERO = new MatchCounts(0, 0, 0);

    /** The summed counts, for pooled figures (gross statistics in EC57's terms). */
    public MatchCounts plus(MatchCounts o) {
        return new MatchCounts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    /** Sensitivity Se = TP / (TP + FN), in percent; NaN without reference beats. */
    public double sensitivityPercent() {
        return percent(truePositives, truePositives + falseNegatives);
    }

    /** Positive predictivity +P = TP / (TP + FP), in percent; NaN without detections. */
    public double positivePredictivityPercent() {
        return percent(truePositives, truePositives + falsePositives);
    }

    /** F1 = 2 TP / (2 TP + FP + FN), the harmonic mean of Se and +P, in percent; NaN if all counts are 0. */
    public double f1Percent() {
        return percent(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double percent(long num, long den) {
        return den == 0 ? Double.NaN : 100.0 * num / den;
    }
}
