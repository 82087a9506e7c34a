package org.vagus.devices.acquisition;

import java.time.Duration;
import java.util.Objects;

import org.vagus.io.bids.PhysioWriter;

/**
 * Settings of the acquisition engine; {@link #defaults()} suits a BITalino at 1000 Hz.
 *
 * @param ringLength how much of each channel the ring buffers keep for live display (default 30 s)
 * @param driftWindow the sliding window of the clock fit (default 60 s)
 * @param minFitSpan the least window extent at which the drift is fitted (default 5 s)
 * @param driftMaxPoints the most block arrivals in the window (default 16384)
 * @param refitInterval how often, in samples' time, the clock fit is refreshed (default 250 ms)
 * @param latency a known constant delay from sampling to arrival, subtracted when markers are placed (default 0)
 * @param chunk the recording's chunk length: at most this much data is lost by a crash, besides the blocks in
 *            flight (default {@link PhysioWriter#DEFAULT_CHUNK}, at most 1 s)
 * @param idleFlush a recording's pending rows are flushed when no block came for this long (real time;
 *            default 200 ms)
 * @since 0.1.0
 */
public record AcquisitionOptions(Duration ringLength, Duration driftWindow, Duration minFitSpan, int driftMaxPoints,
        Duration refitInterval, Duration latency, Duration chunk, Duration idleFlush) {
    /** @throws IllegalArgumentException if a duration is not positive (latency: negative) or the chunk exceeds 1 s */
    public AcquisitionOptions {
        for (Duration d : new Duration[] { ringLength, driftWindow, refitInterval, chunk, idleFlush }) {
            if (Objects.requireNonNull(d, "duration").isNegative() || d.isZero()) {
                throw new IllegalArgumentException("acquisition option: " + d + ", expected a positive duration");
            }
        }
        if (minFitSpan.isNegative() || latency.isNegative()) {
            throw new IllegalArgumentException("acquisition options: min fit span " + minFitSpan + ", latency "
                    + latency + ", expected >= 0");
        }
        if (chunk.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("recording chunk: " + chunk + ", expected at most 1 s");
        }
        if (driftMaxPoints < 2) {
            throw new IllegalArgumentException("drift points: " + driftMaxPoints + ", expected >= 2");
        }
    }

    /** @return the defaults */
    public static AcquisitionOptions defaults() {
        return new AcquisitionOptions(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(5), 16384,
                Duration.ofMillis(250), Duration.ZERO, PhysioWriter.DEFAULT_CHUNK, Duration.ofMillis(200));
    }

    /**
     * @param window the clock fit's sliding window
     * @param minSpan the least extent at which the slope is fitted
     * @return a copy with these drift settings
     */
    public AcquisitionOptions withDriftWindow(Duration window, Duration minSpan) {
        return new AcquisitionOptions(ringLength, window, minSpan, driftMaxPoints, refitInterval, latency, chunk,
                idleFlush);
    }

    /**
     * @param knownLatency a constant sampling-to-arrival delay
     * @return a copy with this latency
     */
    public AcquisitionOptions withLatency(Duration knownLatency) {
        return new AcquisitionOptions(ringLength, driftWindow, minFitSpan, driftMaxPoints, refitInterval,
                knownLatency, chunk, idleFlush);
    }

    /**
     * @param recordingChunk the recording's chunk length, at most 1 s
     * @return a copy with this chunk
     */
    public AcquisitionOptions withChunk(Duration recordingChunk) {
        return new AcquisitionOptions(ringLength, driftWindow, minFitSpan, driftMaxPoints, refitInterval, latency,
                recordingChunk, idleFlush);
    }
}
