package org.vagus.devices;

import java.io.IOException;
import java.util.Optional;

/**
 * An open device, made by {@link SensorProvider#open}. It acquires at most once at a time; after
 * {@link #stop()} it can be started again (the sample index starts again at 0).
 * <p>
 * Optional capabilities, such as {@link DigitalOutputs}, are found with {@link #capability(Class)}.
 * <p>
 * Thread-safety: {@link #start}, {@link #stop()} and {@link #close()} may be called from any thread but not
 * concurrently with each other; {@link #description()} and {@link #isRunning()} from any thread at any time.
 *
 * @since 0.1.0
 */
public interface Sensor extends AutoCloseable {

    /** What the device offers; known from {@link SensorProvider#open} on. */
    SensorDescription description();

    /**
     * The layout the blocks of an acquisition with this configuration will have (rate, channels in block order
     * with the transfer functions the options chose, int or double samples), without starting. The engine asks
     * before {@link #start}, so it is ready for the first block.
     *
     * @param configuration the configuration {@link #start} will get
     * @return the layout of the blocks
     * @throws IllegalArgumentException if the configuration asks for a rate, channel or option the sensor does not
     *             offer; the message names it and lists what is offered
     */
    StreamFormat streamFormat(SensorConfiguration configuration);

    /**
     * Starts acquisition. Blocks and events then go to {@code listener} from the sensor's own thread (see
     * {@link SensorListener}), laid out as {@link #streamFormat(SensorConfiguration)} says, the first block
     * starting at sample index 0, until {@link SensorEvent.Stopped}. Blocks may arrive before this method
     * returns.
     *
     * @param configuration the rate, channels and options
     * @param listener receives the blocks and events
     * @throws IllegalArgumentException as {@link #streamFormat(SensorConfiguration)}
     * @throws IllegalStateException if the sensor is running or closed
     * @throws IOException if the device refuses to start
     */
    void start(SensorConfiguration configuration, SensorListener listener) throws IOException;

    /**
     * Stops acquisition and returns once the listener has received its last call
     * ({@link SensorEvent.Stopped}); no call reaches the listener afterwards. Does nothing if not running.
     *
     * @throws IOException if the device did not acknowledge; acquisition has ended anyway
     */
    void stop() throws IOException;

    /** True between {@link #start} and the {@link SensorEvent.Stopped} event. */
    boolean isRunning();

    /**
     * Stops acquisition if it runs and releases the device. Idempotent; never throws (problems are logged by
     * the driver).
     */
    @Override
    void close();

    /**
     * An optional capability of this sensor, such as {@link DigitalOutputs}. The default returns this sensor if
     * it implements {@code type}.
     */
    default <T> Optional<T> capability(Class<T> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }
}
