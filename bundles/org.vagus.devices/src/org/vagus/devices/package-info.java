/**
 * The sensor API of Vagus: how a device driver (a BITalino board, a simulated ECG, a file replay) offers its
 * signals to the acquisition engine. Plain Java, no OSGi types; the extension point {@code org.vagus.devices.sensors}
 * contributes {@link org.vagus.devices.SensorProvider}s, read at the edge by
 * {@link org.vagus.devices.registry.SensorExtensionReader}.
 * <h2>Life cycle</h2>
 * <ol>
 * <li>{@link org.vagus.devices.SensorProvider#discover()} lists the devices (ports) available now;</li>
 * <li>{@link org.vagus.devices.SensorProvider#open(String, org.vagus.core.time.Clock)} connects to one and returns a
 * {@link org.vagus.devices.Sensor} whose {@link org.vagus.devices.Sensor#description()} names its channels, units,
 * resolutions and sampling rates;</li>
 * <li>{@link org.vagus.devices.Sensor#start(SensorConfiguration, SensorListener)} starts acquisition with a rate
 * and a channel selection; the sensor pushes {@link org.vagus.devices.SampleBlock}s (laid out as
 * {@link org.vagus.devices.Sensor#streamFormat(SensorConfiguration)} says) and
 * {@link org.vagus.devices.SensorEvent}s to the listener from its own thread;</li>
 * <li>{@link org.vagus.devices.Sensor#stop()} ends acquisition (the sensor can be started again);
 * {@link org.vagus.devices.Sensor#close()} releases the device.</li>
 * </ol>
 * <h2>The sample clock</h2>
 * Every frame (one sample of every acquired channel) has a <em>sample index</em>: 0 for the first frame after
 * {@code start}, then one per frame the device produced, <em>including frames that were lost</em> (a CRC
 * error, a dropped byte, a vanished port). So a jump in the index between consecutive blocks is exactly the
 * number of lost frames, and the engine records it as a gap. Host times come from the
 * {@link org.vagus.core.time.Clock} given to {@code open}: monotonic nanoseconds, compared by difference.
 * <h2>Errors</h2>
 * Problems during acquisition are {@link org.vagus.devices.SensorEvent}s delivered to the listener, never
 * exceptions swallowed in a driver thread. Exceptions are thrown only by calls the caller makes ({@code open},
 * {@code start}, {@code stop}, digital outputs) when they cannot do what was asked.
 *
 * @since 0.1.0
 */
package org.vagus.devices;
