package org.vagus.io.wfdb;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One signal specification line of a WFDB header ({@code header(5)} in the WFDB Applications Guide):
 * {@code file format[xspf][:skew][+offset] [gain[(baseline)][/units] [adcres [adczero [initval [checksum
 * [blocksize [description]]]]]]]}. Defaults are already applied: a gain of 0 or a missing gain becomes 200 ADC
 * units per unit, the baseline defaults to the ADC zero, the units to {@code mV}.
 *
 * @param fileName the signal file, relative to the header's folder
 * @param format the storage format (16, 61, 80, 212 ...)
 * @param samplesPerFrame samples of this signal per frame (1 unless {@code x} is given)
 * @param skew the skew in frames
 * @param byteOffset bytes to skip at the start of the signal file
 * @param gain ADC units per physical unit
 * @param baseline the ADC value that corresponds to 0 physical units
 * @param units the physical unit symbol
 * @param adcResolution bits of the ADC (0 if not given)
 * @param adcZero the ADC value at the middle of its range
 * @param initialValue the value of sample 0 (used by difference formats)
 * @param checksum the 16-bit sum of all samples, when the header gives it
 * @param blockSize the block size (0 for ordinary files)
 * @param description the signal description (often the lead name); may be empty
 * @param line the 1-based header line, for messages
 * @since 0.1.0
 */
public record WfdbSignalSpec(String fileName, int format, int samplesPerFrame, int skew, long byteOffset,
        double gain, int baseline, String units, int adcResolution, int adcZero, int initialValue,
        OptionalInt checksum, int blockSize, String description, int line) {

    /** The default gain of WFDB, in ADC units per physical unit. */
    public static final double DEFAULT_GAIN = 200;

    public WfdbSignalSpec {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(description, "description");
    }

    /** Physical value of an ADC value: {@code (adc - baseline) / gain}. */
    public double toPhysical(int adc) {
        return (adc - baseline) / gain;
    }
}
