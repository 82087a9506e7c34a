package org.vagus.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;

/**
 * A {@link MarkerSink} for sessions without a recording (headless runs, tests, the timing benchmark): a nominal
 * sample clock that starts at a given time on the session's clock and ticks exactly at its rate, so sample
 * {@code n} lies at {@code startNanos + n / rate}. The markers are kept for inspection.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class NominalRecording implements MarkerSink {

    /**
     * A marker placed on the nominal recording.
     *
     * @param sample the sample index
     * @param hostNanos the time it was taken, on the session's clock
     * @param label what it marks
     */
    public record Placed(long sample, long hostNanos, String label) {
    }

    private final SamplingRate rate;
    private final long startNanos;
    private final List<Placed> markers = new ArrayList<>();

    /**
     * @param rate the nominal sampling rate
     * @param startNanos the time of sample 0 on the session's clock
     */
    public NominalRecording(SamplingRate rate, long startNanos) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.startNanos = startNanos;
    }

    @Override
    public SamplingRate rate() {
        return rate;
    }

    @Override
    public long mark(long hostNanos, String label) {
        long sample = Math.round(sampleAt(hostNanos));
        synchronized (markers) {
            markers.add(new Placed(sample, hostNanos, label));
        }
        return sample;
    }

    @Override
    public double sampleAt(long hostNanos) {
        return (hostNanos - startNanos) * rate.hertz() / 1e9;
    }

    /** The time of sample 0 on the session's clock. */
    public long startNanos() {
        return startNanos;
    }

    /** The markers placed so far, in the order they were placed. */
    public List<Placed> markers() {
        synchronized (markers) {
            return List.copyOf(markers);
        }
    }
}
