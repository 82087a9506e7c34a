package org.vagus.devices.ui.model;

/**
 * The live monitor's verdict on the last seconds of one channel, from {@link QualityClassifier}. It says whether the
 * signal is worth recording, not whether it is physiologically normal.
 *
 * @since 0.1.0
 */
public enum SignalQuality {
    /** Too few samples received yet (or all lost) to judge. */
    NO_DATA("no data"),
    /** The signal hardly moves: an electrode off or a cable unplugged on most amplifiers. */
    FLAT("flat line"),
    /** The converter sits at the end of its range for a noticeable share of samples: gain too high, or a lead off. */
    SATURATED("saturation"),
    /** Neither flat nor saturated. */
    OK("OK");

    private final String label;

    SignalQuality(String label) {
        this.label = label;
    }

    /** @return how the status line shows it: {@code flat line}, {@code saturation}, {@code OK}, {@code no data} */
    public String label() {
        return label;
    }
}
