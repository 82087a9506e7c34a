package org.vagus.core.model;

/**
 * What a channel measures. Drivers map their sensor kinds onto these; anything else is {@link #OTHER}.
 *
 * @since 0.1.0
 */
public enum ChannelType {
    /** Electrocardiogram. */
    ECG,
    /** Electrodermal activity. */
    EDA,
    /** Electromyogram. */
    EMG,
    /** Electroencephalogram. */
    EEG,
    /** Photoplethysmogram. */
    PPG,
    /** Respiration. */
    RESP,
    /** Accelerometer axis. */
    ACC,
    /** Light sensor, used to verify stimulus onsets on the screen (photodiode). */
    LUX,
    /** Event markers or triggers stored as a signal. */
    MARKER,
    /** Anything else. */
    OTHER
}
