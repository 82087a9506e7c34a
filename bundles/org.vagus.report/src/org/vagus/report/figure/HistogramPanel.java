package org.vagus.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * The distribution of a score as a histogram with equal bins, the groups stacked in their colours, and
 * reference lines such as the median (the seed's Figure 2A: SCS scores split at the median 2.85). Counts are
 * computed here so that every renderer draws the same bars. A bin holds values {@code origin + i w <= v <
 * origin + (i + 1) w}; the last bin also holds its upper edge.
 *
 * @param title the panel title
 * @param x the score axis
 * @param y the count axis
 * @param origin the lower edge of the first bin
 * @param binWidth the bin width, positive
 * @param bins the number of bins, 1 or more
 * @param groups the groups, drawn stacked in this order from the bottom
 * @param markers vertical reference lines
 * @since 0.1.0
 */
public record HistogramPanel(String title, Axis x, Axis y, double origin, double binWidth, int bins,
        List<Group> groups, List<Marker> markers) implements Panel {

    /** Tolerance, in bins, for values that sit on a bin edge up to rounding. */
    private static final double EDGE = 1e-9;

    /**
     * One group's values.
     *
     * @param name shown in the legend
     * @param colour the bar colour
     * @param values the scores, finite
     */
    public record Group(String name, Rgb colour, double[] values) {
        public Group {
            Checks.text("group name", name);
            Objects.requireNonNull(colour, "group colour");
            values = Checks.finite(name + " values", values);
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    public HistogramPanel {
        Checks.text("panel title", title);
        Objects.requireNonNull(x, "x axis");
        Objects.requireNonNull(y, "y axis");
        if (!(binWidth > 0) || !Double.isFinite(binWidth) || !Double.isFinite(origin)) {
            throw new IllegalArgumentException("bin width must be positive and the origin finite, got " + binWidth
                    + " and " + origin);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        }
        groups = List.copyOf(groups);
        markers = List.copyOf(markers);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a histogram needs at least one group");
        }
        for (Group g : groups) {
            for (double v : g.values) {
                double b = (v - origin) / binWidth;
                if (b < -EDGE || b > bins + EDGE) {
                    throw new IllegalArgumentException(g.name() + ": value " + v + " lies outside the bins ["
                            + origin + ", " + (origin + bins * binWidth) + "]");
                }
            }
        }
    }

    /**
     * A histogram whose bins of width {@code binWidth} start at a multiple of the width and cover all values.
     */
    public static HistogramPanel of(String title, Axis x, Axis y, double binWidth, List<Group> groups,
            List<Marker> markers) {
        if (!(binWidth > 0) || !Double.isFinite(binWidth)) {
            throw new IllegalArgumentException("bin width must be positive, got " + binWidth);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Group g : groups) {
            for (double v : g.values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            throw new IllegalArgumentException(title + ": no values to draw");
        }
        double origin = Math.floor(min / binWidth + EDGE) * binWidth;
        int bins = Math.max(1, (int) Math.floor((max - origin) / binWidth + EDGE) + 1);
        return new HistogramPanel(title, x, y, origin, binWidth, bins, groups, markers);
    }

    /** The lower edge of bin {@code i}. */
    public double binStart(int i) {
        return origin + i * binWidth;
    }

    /** The upper edge of the last bin. */
    public double end() {
        return origin + bins * binWidth;
    }

    /** The count of group {@code g}'s values in each bin. */
    public int[] counts(int g) {
        int[] c = new int[bins];
        for (double v : groups.get(g).values) {
            int b = (int) Math.floor((v - origin) / binWidth + EDGE);
            c[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return c;
    }

    /** The largest stacked count of a bin. */
    public int maxStack() {
        int[] total = new int[bins];
        for (int g = 0; g < groups.size(); g++) {
            int[] c = counts(g);
            for (int i = 0; i < bins; i++) {
                total[i] += c[i];
            }
        }
        int m = 0;
        for (int t : total) {
            m = Math.max(m, t);
        }
        return m;
    }

    @Override
    public String description() {
        return "histogram of " + x.title() + " by group";
    }
}
