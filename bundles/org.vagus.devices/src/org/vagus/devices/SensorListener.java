package org.vagus.devices;

/**
 * Receives what a running sensor produces. The acquisition engine is the usual listener.
 * <p>
 * Threading: a sensor calls its listener from its own acquisition thread, one call at a time and in order (a
 * block is delivered before an event about a later frame). Calls must return quickly (copy, queue, return):
 * a listener that blocks delays the device's reading and can overflow its input buffer. A listener should not
 * throw; if it does, the sensor reports a non-fatal {@link SensorEvent.Error} naming the exception and goes on.
 *
 * @since 0.1.0
 */
public interface SensorListener {

    /** The next block; its {@link SampleBlock#firstSampleIndex()} is >= the previous block's end index. */
    void onBlock(SampleBlock block);

    /** Something happened that is not a block: an error, a gap, the port vanishing or coming back, the end. */
    void onEvent(SensorEvent event);
}
