package org.vagus.devices;

import java.io.IOException;
import java.util.List;

import org.vagus.core.time.Clock;

/**
 * A kind of sensor (a driver): finds devices of its kind and opens them. Contributed through the extension point
 * {@code org.vagus.devices.sensors} ({@code <sensor class="..."/>}), or created directly on a plain classpath.
 * <p>
 * Implementations need a public no-argument constructor (the extension registry creates them) and must be
 * cheap to create: no device access before {@link #discover()} or {@link #open}. Thread-safe: discovery may run
 * while a device of the same provider is acquiring.
 *
 * @since 0.1.0
 */
public interface SensorProvider {

    /**
     * A short, stable identifier of this kind of sensor, lower case letters, digits, '-' and '.', such as
     * {@code bitalino} or {@code simulated}; the {@code --sensor} argument of {@code vagus record}.
     */
    String id();

    /** A human-readable name for lists, such as {@code BITalino (r)evolution / legacy}. */
    String name();

    /**
     * The devices of this kind that can be opened now: serial ports that may hold a board, simulated
     * instances. Never null; empty if none. A slow probe (opening each port) should not be done here: list the
     * candidates and let {@link #open} fail with a clear message.
     *
     * @throws IOException if the list cannot be made at all (not for one unusable port: leave it out)
     */
    List<DeviceInfo> discover() throws IOException;

    /**
     * Connects to a device and learns what it offers (for a BITalino: the firmware version decides the frame
     * format); does not start acquisition.
     *
     * @param address the device's address, usually a {@link DeviceInfo#address()} from {@link #discover()} (a
     *            serial port path such as {@code /dev/rfcomm0} or {@code COM5}; {@code simulated} for a simulator);
     *            a provider may accept addresses discovery did not list
     * @param clock the host clock that stamps {@link SampleBlock#arrivalNanos()} and events and, for simulated
     *            sensors, paces the stream (a {@code SimulatedClock} makes them run faster than real time)
     * @return the open sensor; the caller closes it
     * @throws IOException if the device cannot be opened or does not answer as expected; the message names
     *             the address and what went wrong
     */
    Sensor open(String address, Clock clock) throws IOException;
}
