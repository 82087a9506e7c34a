/**
 * Sensors whose samples are made rather than measured: {@link org.vagus.devices.simulation.SimulatedEcgSensor}
 * (provider id {@code simulated}), an ECG from the ECGSYN model with event-locked responses that a paradigm can
 * trigger through the {@link org.vagus.devices.simulation.SimulatedHeart} capability and the true R peaks for
 * validation; and {@link org.vagus.devices.simulation.FileReplaySensor} (provider id {@code replay}), a recording
 * streamed as if live. Both are paced by the {@link org.vagus.core.time.Clock} they are opened with: real time on
 * the monotonic clock, as fast as the CPU allows on a simulated clock. Contributed to the extension point
 * {@code org.vagus.devices.sensors}; on a plain classpath, create the providers directly.
 *
 * @since 0.1.0
 */
package org.vagus.devices.simulation;
