package org.vagus.io.edf;

/**
 * The header of one signal of an EDF/BDF file (Kemp et al. 1992, section 2.1.3): 256 bytes per signal, stored
 * field by field across all signals. Values are as in the file, blank-trimmed.
 *
 * @param index the 0-based signal number in the file
 * @param label the label (16 characters), for example {@code EEG Fpz-Cz} or {@code EDF Annotations}
 * @param transducer the transducer type (80 characters)
 * @param physicalDimension the unit (8 characters), for example {@code uV}; may be blank
 * @param physicalMinimum the physical value of {@code digitalMinimum}
 * @param physicalMaximum the physical value of {@code digitalMaximum} (may be below {@code physicalMinimum}:
 *        an inverted scale)
 * @param digitalMinimum the smallest digital value, greater than or equal to the variant's limit
 * @param digitalMaximum the largest digital value, greater than {@code digitalMinimum}
 * @param prefiltering the prefiltering (80 characters), for example {@code HP:0.1Hz LP:75Hz}
 * @param samplesPerRecord samples of this signal in each data record, at least 1
 * @param reserved the signal's reserved field (32 characters)
 * @since 0.1.0
 */
public record EdfSignalHeader(int index, String label, String transducer, String physicalDimension,
        double physicalMinimum, double physicalMaximum, int digitalMinimum, int digitalMaximum, String prefiltering,
        int samplesPerRecord, String reserved) {

    /** True for an annotations signal ({@code EDF Annotations} or {@code BDF Annotations}) of an EDF+/BDF+ file. */
    public boolean isAnnotationLabel() {
        return "EDF Annotations".equals(label) || "BDF Annotations".equals(label);
    }

    /** Physical units per digital step: {@code (physicalMaximum - physicalMinimum) / (digitalMaximum - digitalMinimum)}. */
    public double gain() {
        return (physicalMaximum - physicalMinimum) / ((double) digitalMaximum - digitalMinimum);
    }

    /**
     * The physical value of a digital sample, the linear map of Kemp et al. (1992):
     * {@code (digital - digitalMinimum) * (physicalMaximum - physicalMinimum) / (digitalMaximum - digitalMinimum)
     * + physicalMinimum}, evaluated in that order (as {@link EdfReader} does).
     */
    public double toPhysical(int digital) {
        return ((double) digital - digitalMinimum) * (physicalMaximum - physicalMinimum)
                / ((double) digitalMaximum - digitalMinimum) + physicalMinimum;
    }

    /** The largest error of rounding a physical value to the nearest digital step: half the step, {@code |gain()| / 2}. */
    public double quantisationError() {
        return Math.abs(gain()) / 2;
    }
}
