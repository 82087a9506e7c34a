package org.vagus.stats;

import java.util.Arrays;

import org.vagus.stats.internal.Checks;

/**
 * Splits participants into High and Low groups at the sample median.
 * <p>
 * <b>Tie rule:</b> a score equal to the median goes to High (score &ge; median is High, score &lt; median
 * is Low). This reproduces the seed study: 77 SCS scores with median 2.85 gave 39 High and 38 Low, so the
 * participant at the median was counted as High. The median is the middle value of the sorted scores, or
 * the mean of the two middle values for an even count (as numpy, R and SPSS compute it). With many ties
 * at the median the groups can be very unequal; {@link Result#high()} and {@link Result#low()} show it.
 *
 * @since 0.1.0
 */
public final class MedianSplit {
    /** The tie rule in words, for methods sections. */
    public static final String RULE = "median split: scores at or above the median are High, below it Low";

    private MedianSplit() {
    }

    /**
     * The split.
     *
     * @param median the sample median
     * @param isHigh for each participant, in input order, whether it is in the High group
     * @param high the size of the High group
     * @param low the size of the Low group
     */
    public record Result(double median, boolean[] isHigh, int high, int low) {
        public Result {
            isHigh = isHigh.clone();
        }

        @Override
        public boolean[] isHigh() {
            return isHigh.clone();
        }

        /** "High" or "Low" for participant {@code i} (0-based). */
        public String label(int i) {
            return isHigh[i] ? "High" : "Low";
        }
    }

    public static Result split(double[] scores) {
        Checks.finite(scores, "score");
        if (scores.length < 2) {
            throw new IllegalArgumentException("a median split needs at least 2 scores, got " + scores.length);
        }
        double median = median(scores);
        boolean[] high = new boolean[scores.length];
        int h = 0;
        for (int i = 0; i < scores.length; i++) {
            high[i] = scores[i] >= median;
            if (high[i]) {
                h++;
            }
        }
        if (h == scores.length) {
            throw new IllegalArgumentException("all " + scores.length
                    + " scores are at or above the median (too many ties): the Low group would be empty");
        }
        return new Result(median, high, h, scores.length - h);
    }

    public static double median(double[] values) {
        Checks.finite(values, "value");
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values is undefined");
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
