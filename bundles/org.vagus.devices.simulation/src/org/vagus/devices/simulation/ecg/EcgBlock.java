package org.vagus.devices.simulation.ecg;

import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

/**
 * One block of simulated ECG: consecutive samples in millivolts from {@code firstSample} on, and the true R peaks
 * that fall in the block. The arrays belong to the receiver (the simulator keeps no reference).
 *
 * @param firstSample index of {@code samplesMv[0]} in the stream (0 is the first sample, at 0 s)
 * @param rate the sampling rate
 * @param samplesMv the samples, in mV
 * @param beatSamples sample indices of the true R peaks in {@code [firstSample, firstSample + length)}, increasing
 * @param beatTimesS exact times of those R peaks, in seconds from sample 0 (between samples)
 * @since 0.1.0
 */
public record EcgBlock(long firstSample, SamplingRate rate, double[] samplesMv, long[] beatSamples,
        double[] beatTimesS) {

    public EcgBlock {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(samplesMv, "samplesMv");
        if (beatSamples.length != beatTimesS.length) {
            throw new IllegalArgumentException("beat samples and times differ in length: " + beatSamples.length
                    + " and " + beatTimesS.length);
        }
    }

    /** The unit of the samples: millivolt. */
    public Unit unit() {
        return Unit.MILLIVOLT;
    }

    /** The number of samples. */
    public int length() {
        return samplesMv.length;
    }
}
