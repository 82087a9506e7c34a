package org.vagus.signal;

import org.vagus.io.Signal;

/**
 * Finds R peaks in an ECG. Implementations are contributed through the extension point
 * {@code org.vagus.signal.processors}; they are plain Java, run on any sampling rate, and must not keep state
 * between calls (one detector may serve several threads).
 *
 * @since 0.1.0
 */
public interface PeakDetector {

    /** A short name for results and messages, for example {@code pan-tompkins}. */
    String name();

    /**
     * Detects the R peaks of one ECG lead.
     *
     * @param ecg the ECG, in any unit (the detector must not depend on the amplitude scale)
     * @return the R-peak sample indices, at the rate of {@code ecg}
     */
    RPeaks detect(Signal ecg);
}
