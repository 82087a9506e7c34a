package org.vagus.runner.devices;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.vagus.core.units.SamplingRate;
import org.vagus.devices.DigitalOutputs;
import org.vagus.runner.MarkerSink;

/**
 * Hardware markers: passes every marker on to the recording's sink and, for each onset, pulses a digital output of
 * the sensor (the BITalino's O1) high for {@link #DEFAULT_PULSE} and low again, so that with the output wired to a
 * digital input (O1 to I1) each onset is in the data stream itself, on the device's own sample clock, independent of
 * the host's clock mapping.
 * <p>
 * The output goes high right after the marker was placed, on the runner's thread (one short serial write), and low
 * from a timer thread. The edge therefore lies at or after the marker's sample: later by the write, the transfer to
 * the device (a pty: microseconds; Bluetooth: a few milliseconds) and the device's next frame. An onset during a
 * pulse restarts the pulse (the output stays high): onsets closer than a pulse merge into one longer pulse.
 * <p>
 * By default responses are not pulsed (only onsets: every label but {@code response}), since a participant's key
 * press already has its own input on a response box. A failing output (the device vanished) is reported once to the
 * warnings and otherwise ignored: the markers on the sample clock are still placed, and the session goes on.
 *
 * @since 0.1.0
 */
public final class OutputPulseMarkerSink implements MarkerSink, AutoCloseable {
    /** The pulse length: 10 samples at 1000 Hz, one at 100 Hz (the BITalino's rates go down to 1 Hz). */
    public static final Duration DEFAULT_PULSE = Duration.ofMillis(10);
    /** The markers pulsed by default: onsets, not responses. */
    public static final Predicate<String> ONSETS = label -> !label.equals("response");

    private final MarkerSink recording;
    private final DigitalOutputs outputs;
    private final int output;
    private final Duration pulse;
    private final Predicate<String> pulsed;
    private final Consumer<String> warnings;
    private final ScheduledExecutorService timer;
    private final Object lock = new Object();
    private ScheduledFuture<?> low;
    private volatile int pulses;
    private volatile boolean failed;

    /**
     * @param recording the recording's sink (an {@link AcquisitionMarkerSink}); every marker goes there first
     * @param outputs the sensor's digital outputs
     * @param output the output's index in {@link DigitalOutputs#outputNames()}
     * @param pulse how long the output stays high (at least a sample period to be seen)
     * @param pulsed which marker labels are pulsed ({@link #ONSETS})
     * @param warnings receives the first output failure; may be null
     */
    public OutputPulseMarkerSink(MarkerSink recording, DigitalOutputs outputs, int output, Duration pulse,
            Predicate<String> pulsed, Consumer<String> warnings) {
        this.recording = Objects.requireNonNull(recording, "recording");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.output = Objects.checkIndex(output, outputs.outputNames().size());
        this.pulse = Objects.requireNonNull(pulse, "pulse");
        if (pulse.isNegative() || pulse.isZero()) {
            throw new IllegalArgumentException("pulse length " + pulse + ", expected positive");
        }
        this.pulsed = Objects.requireNonNull(pulsed, "pulsed");
        this.warnings = warnings == null ? w -> { } : warnings;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marker pulse " + outputs.outputNames().get(output));
            t.setDaemon(true);
            t.setPriority(Thread.MAX_PRIORITY);
            return t;
        });
    }

    /**
     * A sink pulsing the named output ({@code O1}) for {@link #DEFAULT_PULSE} on each onset.
     *
     * @throws IllegalArgumentException naming the outputs the sensor has, if it has no such output
     */
    public static OutputPulseMarkerSink onOutput(MarkerSink recording, DigitalOutputs outputs, String name,
            Consumer<String> warnings) {
        int index = -1;
        for (int k = 0; k < outputs.outputNames().size(); k++) {
            if (outputs.outputNames().get(k).equalsIgnoreCase(name)) {
                index = k;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no digital output '" + name + "'; the sensor's outputs: "
                    + String.join(", ", outputs.outputNames()));
        }
        return new OutputPulseMarkerSink(recording, outputs, index, DEFAULT_PULSE, ONSETS, warnings);
    }

    @Override
    public SamplingRate rate() {
        return recording.rate();
    }

    @Override
    public long mark(long hostNanos, String label) {
        long sample = recording.mark(hostNanos, label);
        if (pulsed.test(label)) {
            pulse();
        }
        return sample;
    }

    @Override
    public double sampleAt(long hostNanos) {
        return recording.sampleAt(hostNanos);
    }

    /** The pulses started so far. */
    public int pulses() {
        return pulses;
    }

    private void pulse() {
        synchronized (lock) {
            if (low != null) {
                low.cancel(false);
            }
            if (!outputs.get(output) && !set(true)) {
                return;
            }
            pulses++;
            low = timer.schedule(this::lower, pulse.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void lower() {
        synchronized (lock) {
            set(false);
            low = null;
        }
    }

    private boolean set(boolean high) {
        try {
            outputs.set(output, high);
            return true;
        } catch (IOException | RuntimeException e) {
            if (!failed) {
                failed = true;
                warnings.accept("digital output " + outputs.outputNames().get(output) + " could not be set ("
                        + e.getMessage() + "); the markers are on the sample clock, but not pulsed");
            }
            return false;
        }
    }

    /**
     * Lets a running pulse end at its time (cutting it short could leave the last onset, often the end screen, with
     * a pulse too short for any frame to sample), sets the output low if it is still high, and ends the timer.
     */
    @Override
    public void close() {
        java.util.concurrent.Future<?> running;
        synchronized (lock) {
            running = low;
        }
        if (running != null) {
            try {
                running.get(pulse.toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                    | java.util.concurrent.CancellationException e) {
                // lowered below
            }
        }
        synchronized (lock) {
            if (low != null) {
                low.cancel(false);
                low = null;
            }
            if (outputs.get(output)) {
                set(false);
            }
        }
        timer.shutdownNow();
    }
}
