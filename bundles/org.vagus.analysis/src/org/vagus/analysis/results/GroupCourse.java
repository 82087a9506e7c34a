package org.vagus.analysis.results;

import java.util.Arrays;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * A group's event-locked course: at every point of the epoch grid the mean over the group's participants that
 * have a value there, the SD, n and the 95 % confidence interval of the mean ({@code mean +- t(0.975, n - 1) SD /
 * sqrt(n)}; NaN where n &lt; 2). Point {@code i} lies at {@link #seconds(int)} from the event.
 *
 * @param course {@code hr} or {@code nhf}
 * @param group the group's name
 * @param rate the grid rate
 * @param firstIndex the grid index of point 0 (-20 for -1 s at 20 Hz)
 * @param unit the unit of the values (bpm for heart rate, 1 for nHF)
 * @param n per point, the participants with a value
 * @param mean per point, the mean (NaN where n = 0)
 * @param sd per point, the sample SD (NaN where n &lt; 2)
 * @param ciLow per point, the lower 95 % limit of the mean
 * @param ciHigh per point, the upper 95 % limit
 * @since 0.1.0
 */
public record GroupCourse(String course, String group, SamplingRate rate, long firstIndex, Unit unit, int[] n,
        double[] mean, double[] sd, double[] ciLow, double[] ciHigh) {
    public GroupCourse {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(unit, "unit");
        n = n.clone();
        mean = mean.clone();
        sd = sd.clone();
        ciLow = ciLow.clone();
        ciHigh = ciHigh.clone();
        int len = n.length;
        if (mean.length != len || sd.length != len || ciLow.length != len || ciHigh.length != len) {
            throw new IllegalArgumentException("group course arrays of different lengths");
        }
    }

    /** The number of points. */
    public int length() {
        return n.length;
    }

    /** The time of point {@code i} in seconds from the event. */
    public double seconds(int i) {
        return (firstIndex + i) / rate.hertz();
    }

    @Override
    public int[] n() {
        return n.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }

    @Override
    public double[] ciLow() {
        return ciLow.clone();
    }

    @Override
    public double[] ciHigh() {
        return ciHigh.clone();
    }

    /** The mean at point {@code i}. */
    public double meanAt(int i) {
        return mean[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupCourse g && course.equals(g.course) && group.equals(g.group) && rate.equals(g.rate)
                && firstIndex == g.firstIndex && unit.equals(g.unit) && Arrays.equals(n, g.n)
                && Arrays.equals(mean, g.mean) && Arrays.equals(sd, g.sd) && Arrays.equals(ciLow, g.ciLow)
                && Arrays.equals(ciHigh, g.ciHigh);
    }

    @Override
    public int hashCode() {
        return Objects.hash(course, group, firstIndex, Arrays.hashCode(mean));
    }

    @Override
    public String toString() {
        return "GroupCourse[" + course + ", " + group + ", " + n.length + " points at " + rate + "]";
    }
}
