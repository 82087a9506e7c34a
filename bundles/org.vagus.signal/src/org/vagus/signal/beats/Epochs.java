package org.vagus.signal.beats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.core.model.Event;
import org.vagus.io.bids.EventSelector;
import org.vagus.signal.Parameters;

/**
 * Cuts event-locked epochs out of a regular series (a heart-rate series) and corrects each by its baseline,
 * as in event-related heart-rate analysis (the seed study: -1 to 6 s around each 'Wrong' feedback, baseline
 * -1 to 0 s).
 * <ul>
 * <li>Time 0 of an epoch is the grid point nearest to the event's onset (halves rounded up,
 * {@link org.vagus.core.units.SamplingRate#secondsToSample(double)}); the shift is kept in
 * {@link Epoch#snapSeconds()} and is at most half a grid step (25 ms at 20 Hz). Epochs are not interpolated
 * between grid points: the grid is the analysis resolution.</li>
 * <li>The epoch covers the grid points from the one nearest to the window start to the one nearest to its
 * end, both included (-1..6 s at 20 Hz: 141 points); points outside the series are NaN.</li>
 * <li>The baseline is the mean of the available (non-NaN) points from the baseline start to its end, both
 * included (-1..0 s: 21 points), and is subtracted from every point; without any baseline value the whole
 * epoch is NaN.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Epochs {
    private Epochs() {
    }

    /** The epochs of a heart-rate series around the events that {@code selector} selects. */
    public static EpochSet cut(HeartRateSeries heartRate, List<Event> events, EventSelector selector,
            EpochWindow window) {
        EpochSet all = cut(heartRate.bpm(), selector.select(events), window);
        return new EpochSet(all.epochs(), window, all.rate(), all.firstIndex(), all.length(), all.unit(),
                all.parameters().with("epochs.events", selector.toString()));
    }

    /**
     * The epochs of a series around every given event.
     *
     * @param series the series (time origin the recording's first sample, as the events' onsets)
     * @param events the events, each giving one epoch
     * @param window the epoch and baseline window
     */
    public static EpochSet cut(RegularSeries series, List<Event> events, EpochWindow window) {
        Objects.requireNonNull(events, "events");
        var rate = series.rate();
        long k0 = rate.secondsToSample(window.startSeconds());
        long k1 = rate.secondsToSample(window.endSeconds());
        long b0 = rate.secondsToSample(window.baselineStartSeconds());
        long b1 = rate.secondsToSample(window.baselineEndSeconds());
        int len = (int) (k1 - k0 + 1);
        List<Epoch> epochs = new ArrayList<>(events.size());
        double maxSnap = 0;
        for (Event e : events) {
            long zero = rate.secondsToSample(e.onset());
            double snap = rate.sampleToSeconds(zero) - e.onset();
            maxSnap = Math.max(maxSnap, Math.abs(snap));
            double[] v = new double[len];
            long offset = zero + k0 - series.firstIndex();
            int n = series.length();
            for (int i = 0; i < len; i++) {
                long pos = offset + i;
                v[i] = pos >= 0 && pos < n ? series.value((int) pos) : Double.NaN;
            }
            double sum = 0;
            int count = 0;
            for (long k = b0; k <= b1; k++) {
                double x = v[(int) (k - k0)];
                if (!Double.isNaN(x)) {
                    sum += x;
                    count++;
                }
            }
            double baseline = count > 0 ? sum / count : Double.NaN;
            for (int i = 0; i < len; i++) {
                v[i] -= baseline;
            }
            Parameters p = series.parameters().with("epoch.onset_s", e.onset()).with("epoch.trial", e.trial());
            epochs.add(new Epoch(e, new RegularSeries(rate, k0, v, series.unit(), p), baseline, snap));
        }
        Parameters p = series.parameters().with("epochs.window_s", window.describe())
                .with("epochs.baseline_s", window.describeBaseline())
                .with("epochs.baseline", "mean of available points, bounds included, subtracted")
                .with("epochs.alignment", "nearest grid point to the onset").with("epochs.trials", events.size())
                .with("epochs.max_snap_s", maxSnap);
        return new EpochSet(epochs, window, rate, k0, len, series.unit(), p);
    }
}
