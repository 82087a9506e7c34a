package org.vagus.devices;

import java.io.IOException;
import java.util.List;

/**
 * The digital outputs of a sensor, such as the BITalino's O1 and O2, which the runner toggles as hardware
 * markers (the (r)evolution echoes their state in every frame, so the marker lands on the sample clock).
 * Found through {@link Sensor#capability(Class)}.
 *
 * @since 0.1.0
 */
public interface DigitalOutputs {

    /** The output names, such as {@code [O1, O2]}; indices into this list address the outputs. */
    List<String> outputNames();

    /**
     * Sets one output, leaving the others as they are.
     *
     * @param index an index into {@link #outputNames()}
     * @param high true for the high level
     * @return the host clock time, in nanoseconds, just after the command was handed to the device (for the
     *         timing audit)
     * @throws IndexOutOfBoundsException if there is no such output
     * @throws IOException if the command could not be sent
     * @throws IllegalStateException if the device cannot set outputs in its present state (some firmware only
     *             while acquiring); the message says when it can
     */
    long set(int index, boolean high) throws IOException;

    /** The level last set on an output (false before any {@link #set}). */
    boolean get(int index);
}
