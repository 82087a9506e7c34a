package org.vagus.signal.beats;

/**
 * How a beat-by-beat heart rate becomes a series on a regular grid.
 *
 * @since 0.1.0
 */
public enum Interpolation {
    /**
     * Each interval's rate 60 / IBI is held from the beat that starts it to the beat that ends it (a step
     * function; its mean over any whole interval is that interval's rate). The default.
     */
    STEP("step"),
    /**
     * Each interval's rate is placed at the beat that ends it (where it becomes known) and the grid is
     * interpolated linearly between those beats; before the second beat there is no value.
     */
    LINEAR("linear");

    private final String label;

    Interpolation(String label) {
        this.label = label;
    }

    /** The lower-case label written into parameters. */
    public String label() {
        return label;
    }
}
