package org.vagus.signal.beats;

import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;

/**
 * One participant's epochs around the selected events, all on the same grid relative to the event, with the
 * window that cut them. Made by {@link Epochs#cut}.
 *
 * @param epochs the epochs, in event order
 * @param window the epoch and baseline window
 * @param rate the grid rate
 * @param firstIndex the relative grid index of the first point of every epoch (-20 for -1 s at 20 Hz)
 * @param length the number of points of every epoch
 * @param unit the unit of the values
 * @param parameters how the epochs were made, from the R peaks on
 * @since 0.1.0
 */
public record EpochSet(List<Epoch> epochs, EpochWindow window, SamplingRate rate, long firstIndex, int length,
        Unit unit, Parameters parameters) {
    public EpochSet {
        epochs = List.copyOf(epochs);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(parameters, "parameters");
        for (Epoch e : epochs) {
            if (e.values().length() != length || e.values().firstIndex() != firstIndex) {
                throw new IllegalArgumentException("epochs must share one grid: " + e.values());
            }
        }
    }

    /** The number of epochs (trials). */
    public int size() {
        return epochs.size();
    }

    /** The time of point {@code i} relative to the event, in seconds. */
    public double seconds(int i) {
        return (firstIndex + i) / rate.hertz();
    }

    /**
     * The NaN-aware trial average: at every time point the mean of the trials that have a value there, and how
     * many did (NaN and 0 where none does).
     */
    public EpochAverage average() {
        double[] sum = new double[length];
        int[] count = new int[length];
        for (Epoch e : epochs) {
            RegularSeries v = e.values();
            for (int i = 0; i < length; i++) {
                double x = v.value(i);
                if (!Double.isNaN(x)) {
                    sum[i] += x;
                    count[i]++;
                }
            }
        }
        for (int i = 0; i < length; i++) {
            sum[i] = count[i] > 0 ? sum[i] / count[i] : Double.NaN;
        }
        int min = Integer.MAX_VALUE;
        for (int c : count) {
            min = Math.min(min, c);
        }
        Parameters p = parameters.with("average.method", "mean over trials with a value (NaN-aware)")
                .with("average.trials", epochs.size()).with("average.min_trials_per_point", length == 0 ? 0 : min);
        return new EpochAverage(new RegularSeries(rate, firstIndex, sum, unit, p), count, epochs.size());
    }
}
