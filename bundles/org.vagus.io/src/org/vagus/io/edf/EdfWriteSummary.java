package org.vagus.io.edf;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link EdfWriter} wrote: the data record layout and, per signal, the scaling it chose and therefore the
 * quantisation error of the file.
 *
 * @param file the file written
 * @param variant EDF+C (16-bit) or BDF+C (24-bit)
 * @param recordDuration seconds per data record
 * @param recordCount the number of data records
 * @param signals the ordinary signals, in order
 * @param annotationSamplesPerRecord the size of the annotations signal, in 2- or 3-byte samples per record
 * @since 0.1.0
 */
public record EdfWriteSummary(Path file, EdfVariant variant, double recordDuration, int recordCount,
        List<Channel> signals, int annotationSamplesPerRecord) {

    public EdfWriteSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(variant, "variant");
        signals = List.copyOf(signals);
    }

    /**
     * The scaling of one signal. A physical value {@code x} is stored as
     * {@code round((x - physicalMinimum) / step + digitalMinimum)}; reading gives it back to within
     * {@link #maximumError()}.
     *
     * @param label the signal label
     * @param physicalMinimum the physical value of the digital minimum: the signal's minimum rounded down to a
     *        decimal that fits 8 characters
     * @param physicalMaximum the physical value of the digital maximum, rounded up likewise
     * @param digitalMinimum the variant's smallest digital value
     * @param digitalMaximum the variant's largest digital value
     * @param samplesPerRecord samples per data record
     * @param paddedSamples samples added after the signal's end to fill its last data record (repeating its last
     *        sample); 0 when the signal fills whole records
     */
    public record Channel(String label, double physicalMinimum, double physicalMaximum, int digitalMinimum,
            int digitalMaximum, int samplesPerRecord, int paddedSamples) {

        /** The physical size of one digital step: {@code (physicalMaximum - physicalMinimum) / (digitalMaximum - digitalMinimum)}. */
        public double quantisationStep() {
            return (physicalMaximum - physicalMinimum) / ((double) digitalMaximum - digitalMinimum);
        }

        /** The largest difference between a written and a read-back sample: half a step. */
        public double maximumError() {
            return quantisationStep() / 2;
        }
    }
}
