package org.vagus.signal.hrv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * An evenly sampled series with its unit, rate and time base, and a validity mask: sample {@code i} lies at
 * {@code startS + i / rate} seconds on the recording's time base. Masked samples (inside a gap the interpolation
 * was not allowed to bridge, see {@link Resampler}) hold a finite placeholder value, never NaN; every analysis
 * skips them. Immutable.
 *
 * @since 0.1.0
 */
public final class UniformSeries {
    private final double startS;
    private final SamplingRate rate;
    private final Unit unit;
    private final double[] values;
    private final boolean[] valid;

    /**
     * @param startS the time of sample 0 in seconds
     * @param rate the sampling rate
     * @param unit the unit of the values
     * @param values the samples, copied; all finite
     * @param valid the mask (true = usable), copied; same length as {@code values}
     */
    public UniformSeries(double startS, SamplingRate rate, Unit unit, double[] values, boolean[] valid) {
        this(startS, rate, unit, values.clone(), valid.clone(), true);
    }

    /** A series without masked samples. */
    public UniformSeries(double startS, SamplingRate rate, Unit unit, double[] values) {
        this(startS, rate, unit, values.clone(), filled(values.length), true);
    }

    private UniformSeries(double startS, SamplingRate rate, Unit unit, double[] values, boolean[] valid,
            boolean check) {
        this.startS = startS;
        this.rate = Objects.requireNonNull(rate, "rate");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.values = values;
        this.valid = valid;
        if (!Double.isFinite(startS)) {
            throw new IllegalArgumentException("start time " + startS + " s: expected a finite time");
        }
        if (values.length != valid.length) {
            throw new IllegalArgumentException(values.length + " values but " + valid.length + " mask entries");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("sample " + i + " is " + values[i]
                        + "; a series holds finite values (mask a sample instead)");
            }
        }
    }

    /** Wraps arrays the caller hands over (not copied): for results built inside this package. */
    static UniformSeries wrap(double startS, SamplingRate rate, Unit unit, double[] values, boolean[] valid) {
        return new UniformSeries(startS, rate, unit, values, valid, true);
    }

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    /** The time of sample 0 in seconds. */
    public double startS() {
        return startS;
    }

    public SamplingRate rate() {
        return rate;
    }

    public Unit unit() {
        return unit;
    }

    /** The number of samples. */
    public int length() {
        return values.length;
    }

    /** Sample {@code i} in {@link #unit()}. */
    public double value(int i) {
        return values[i];
    }

    /** The time of sample {@code i} in seconds. */
    public double time(int i) {
        return startS + i / rate.hertz();
    }

    /** True unless sample {@code i} is masked. */
    public boolean isValid(int i) {
        return valid[i];
    }

    /** A copy of the samples. */
    public double[] values() {
        return values.clone();
    }

    /** A copy of the mask. */
    public boolean[] validMask() {
        return valid.clone();
    }

    /** The number of valid samples. */
    public int validCount() {
        int c = 0;
        for (boolean b : valid) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** The maximal runs of valid samples, each as {@code {from, to}} (to exclusive), in time order. */
    public List<int[]> validRuns() {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < valid.length) {
            if (!valid[i]) {
                i++;
                continue;
            }
            int from = i;
            while (i < valid.length && valid[i]) {
                i++;
            }
            runs.add(new int[] {from, i});
        }
        return runs;
    }

    /** The same time base and mask with other values (copied) in another unit. */
    public UniformSeries withValues(double[] newValues, Unit newUnit) {
        if (newValues.length != values.length) {
            throw new IllegalArgumentException(newValues.length + " values for a series of " + values.length);
        }
        return new UniformSeries(startS, rate, newUnit, newValues.clone(), valid, true);
    }

    /** Array access for this package's hot loops (no copy; callers must not write). */
    double[] valuesView() {
        return values;
    }

    boolean[] validView() {
        return valid;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UniformSeries s && startS == s.startS && rate.equals(s.rate) && unit.equals(s.unit)
                && Arrays.equals(values, s.values) && Arrays.equals(valid, s.valid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startS, rate, unit, Arrays.hashCode(values), Arrays.hashCode(valid));
    }

    @Override
    public String toString() {
        return "UniformSeries[" + values.length + " samples in " + unit + " at " + rate + " from " + startS + " s, "
                + (values.length - validCount()) + " masked]";
    }
}
